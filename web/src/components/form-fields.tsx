// Labelled form controls with a hint and an error, both tied to the control by aria-describedby;
// an invalid control carries aria-invalid. Shared by the new-training and new-prediction forms.
import type { ReactNode } from 'react';

function describedBy(id: string, hint: ReactNode | undefined, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter((x) => x !== '');
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function HintAndError(props: { id: string; hint?: ReactNode; error?: string | undefined }) {
  return (
    <>
      {props.hint ? (
        <p id={`${props.id}-hint`} className="hint">
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p id={`${props.id}-error`} className="field-error">
          {props.error}
        </p>
      ) : null}
    </>
  );
}

// The label is the field's name exactly (no marker inside it): required fields carry `required`,
// which assistive technology announces, and say so in their hint.
function Label(props: { id: string; label: string }) {
  return <label htmlFor={props.id}>{props.label}</label>;
}

export function TextField(props: {
  id: string;
  name: string;
  label: string;
  value: string;
  onChange(value: string): void;
  hint?: ReactNode;
  /** The field's problem, shown as "<label> <error>". */
  error?: string | undefined;
  required?: boolean;
  pattern?: string;
  maxLength?: number;
  list?: string;
  placeholder?: string;
}) {
  return (
    <div className="field">
      <Label id={props.id} label={props.label} />
      <input
        id={props.id}
        name={props.name}
        type="text"
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        required={props.required}
        pattern={props.pattern}
        maxLength={props.maxLength}
        list={props.list}
        placeholder={props.placeholder}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
      />
      <HintAndError
        id={props.id}
        hint={props.hint}
        error={props.error ? `${props.label} ${props.error}` : undefined}
      />
    </div>
  );
}

export function SelectField(props: {
  id: string;
  name: string;
  label: string;
  value: string;
  onChange(value: string): void;
  options: readonly { value: string; label: string }[];
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  /** Shown first with value "" while nothing is chosen. */
  placeholder?: string;
}) {
  return (
    <div className="field">
      <Label id={props.id} label={props.label} />
      <select
        id={props.id}
        name={props.name}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        required={props.required}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
      >
        {props.placeholder !== undefined &&
        (props.value === '' || !props.options.some((o) => o.value === props.value)) ? (
          <option value="">{props.placeholder}</option>
        ) : null}
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <HintAndError
        id={props.id}
        hint={props.hint}
        error={props.error ? `${props.label} ${props.error}` : undefined}
      />
    </div>
  );
}
