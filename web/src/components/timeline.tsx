// The phase timeline from the audit history: every transition, in the order it happened.
import type { Transition } from '../data/console-data.ts';
import { dateTime } from '../format.ts';
import { Empty } from './states.tsx';

export function Timeline(props: { transitions: readonly Transition[] }) {
  if (props.transitions.length === 0) return <Empty>No phase changes recorded yet.</Empty>;
  return (
    <ol className="timeline">
      {props.transitions.map((t) => (
        <li key={`${t.at}-${t.from ?? ''}-${t.to}`}>
          <span className="timeline-change">
            {t.from ?? 'created'} → {t.to}
          </span>{' '}
          <time dateTime={t.at}>{dateTime(t.at)}</time>
          {t.reason ? <span className="timeline-reason"> · {t.reason}</span> : null}
          {t.message ? <span className="timeline-message wrap">{t.message}</span> : null}
        </li>
      ))}
    </ol>
  );
}
