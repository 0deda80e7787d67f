// A resource's spec as readable YAML-like text.
import { yamlish } from '../detail/yamlish.ts';

export function SpecView(props: { spec: unknown }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <pre className="spec-view" tabIndex={0}>
      {yamlish(props.spec)}
    </pre>
  );
}
