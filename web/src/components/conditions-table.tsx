// A resource's status.conditions as a table, newest change first.
import type { Condition } from '../../../src/api/types.ts';
import { dateTime } from '../format.ts';
import { Empty } from './states.tsx';
import { TableScroll } from './table-scroll.tsx';

export function ConditionsTable(props: { conditions: readonly Condition[] | undefined }) {
  const conditions = [...(props.conditions ?? [])].sort((a, b) =>
    b.lastTransitionTime.localeCompare(a.lastTransitionTime),
  );
  if (conditions.length === 0) return <Empty>No conditions reported yet.</Empty>;
  return (
    <TableScroll label="Conditions table">
      <table>
        <caption className="visually-hidden">Conditions</caption>
        <thead>
          <tr>
            <th scope="col">Type</th>
            <th scope="col">Status</th>
            <th scope="col">Reason</th>
            <th scope="col">Message</th>
            <th scope="col">Last change</th>
          </tr>
        </thead>
        <tbody>
          {conditions.map((c) => (
            <tr key={c.type}>
              <th scope="row">{c.type}</th>
              <td>{c.status}</td>
              <td>{c.reason}</td>
              <td className="wrap">{c.message}</td>
              <td>
                <time dateTime={c.lastTransitionTime}>{dateTime(c.lastTransitionTime)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
