import { FieldError } from './FieldError';
import { errorAttrs, labelClass, type BaseInputProps, type SpecOf } from './types';

/**
 * Several options as checkboxes. Options the spec always includes (SOC 2 always covers Security) are
 * shown checked and disabled, with a note saying why, so the reviewer does not try to untick them.
 */
export function MultiInput({
  spec,
  label,
  hideLabel,
  value,
  error,
  idPrefix,
  onChange,
}: BaseInputProps & { spec: SpecOf<'multi'> }) {
  const always = spec.alwaysIncluded ?? [];
  const selected = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  const noteId = `${idPrefix}-always-note`;

  const toggle = (option: string, checked: boolean) => {
    const next = new Set(checked ? [...selected, option] : selected.filter((v) => v !== option));
    // Emit in option order with the always-included options present, the shape validation returns.
    onChange(spec.options.map((o) => o.value).filter((v) => next.has(v) || always.includes(v)));
  };

  return (
    <fieldset className="answer-group">
      <legend className={labelClass(hideLabel)}>{label}</legend>
      {spec.options.map((option) => {
        const id = `${idPrefix}-option-${option.value}`;
        const fixed = always.includes(option.value);
        return (
          <div className="answer-option" key={option.value}>
            <input
              type="checkbox"
              id={id}
              value={option.value}
              checked={fixed || selected.includes(option.value)}
              disabled={fixed}
              onChange={(e) => toggle(option.value, e.target.checked)}
              {...errorAttrs(idPrefix, error, fixed ? noteId : undefined)}
            />
            <label htmlFor={id}>
              {option.label}
              {fixed && <span className="muted"> (always included)</span>}
            </label>
          </div>
        );
      })}
      {always.length > 0 && (
        <p id={noteId} className="muted answer-hint">
          {spec.options
            .filter((o) => always.includes(o.value))
            .map((o) => o.label)
            .join(', ')}{' '}
          {always.length === 1 ? 'is' : 'are'} always included and cannot be removed.
        </p>
      )}
      <FieldError idPrefix={idPrefix} error={error} />
    </fieldset>
  );
}
