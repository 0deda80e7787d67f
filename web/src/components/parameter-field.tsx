// One template parameter as a form field: labelled with the parameter's name exactly, its
// description as the hint, the control and constraint attributes its declaration implies.
import type { ReactNode } from 'react';
import type { ParameterSpec } from '../../../src/templates/types.ts';
import { parameterFieldId } from '../forms/job-form.ts';
import { controlOf } from '../forms/parameters.ts';

export function ParameterField(props: {
  spec: ParameterSpec;
  value: string;
  errors: readonly string[];
  onChange(value: string): void;
  /** Makes ids unique when two forms share a page. */
  idPrefix: string;
}) {
  const { spec, value, errors } = props;
  const id = parameterFieldId(props.idPrefix, spec.name);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const invalid = errors.length > 0;
  const describedBy = invalid ? `${hintId} ${errorId}` : hintId;
  const control = controlOf(spec);
  const common = {
    id,
    name: `parameters.${spec.name}`,
    'aria-describedby': describedBy,
    'aria-invalid': invalid ? (true as const) : undefined,
  };

  let input: ReactNode;
  switch (control.control) {
    case 'checkbox':
      input = (
        <input
          {...common}
          type="checkbox"
          checked={value === 'true'}
          onChange={(e) => props.onChange(String(e.target.checked))}
        />
      );
      break;
    case 'select':
      input = (
        <select
          {...common}
          required={control.required}
          value={value}
          onChange={(e) => props.onChange(e.target.value)}
        >
          {value === '' || !control.options.includes(value) ? <option value="">Choose…</option> : null}
          {control.options.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      );
      break;
    case 'number':
      input = (
        <input
          {...common}
          type="number"
          inputMode={spec.type === 'integer' ? 'numeric' : 'decimal'}
          min={control.min}
          max={control.max}
          step={control.step}
          required={control.required}
          value={value}
          onChange={(e) => props.onChange(e.target.value)}
        />
      );
      break;
    default:
      input = (
        <input
          {...common}
          type="text"
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          pattern={control.pattern}
          minLength={control.minLength}
          maxLength={control.maxLength}
          required={control.required}
          value={value}
          placeholder={spec.type === 'path' ? '/absolute/path' : undefined}
          onChange={(e) => props.onChange(e.target.value)}
        />
      );
  }

  const facts = [
    spec.type,
    spec.required
      ? 'required'
      : spec.default !== undefined && spec.default !== ''
        ? `default ${spec.default}`
        : 'optional',
    spec.minimum !== undefined ? `minimum ${spec.minimum}` : '',
    spec.maximum !== undefined ? `maximum ${spec.maximum}` : '',
  ].filter((f) => f !== '');

  return (
    <div className={`field${control.control === 'checkbox' ? ' field-checkbox' : ''}`}>
      {control.control === 'checkbox' ? (
        <>
          {input}
          <label htmlFor={id}>{spec.name}</label>
        </>
      ) : (
        <>
          <label htmlFor={id}>{spec.name}</label>
          {input}
        </>
      )}
      <p id={hintId} className="hint">
        {spec.description ? `${spec.description} ` : ''}({facts.join(', ')})
      </p>
      {invalid ? (
        <p id={errorId} className="field-error">
          {errors.map((e) => `${spec.name} ${e}`).join('; ')}
        </p>
      ) : null}
    </div>
  );
}
