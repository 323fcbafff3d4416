import { FieldError } from './FieldError';
import { errorAttrs, labelClass, type BaseInputProps } from './types';

/**
 * One calendar date. The native picker gives keyboard entry and a calendar; its value is already
 * YYYY-MM-DD, and an empty string when the typed date is incomplete, which validation reports.
 */
export function DateInput({ label, hideLabel, value, error, idPrefix, onChange }: BaseInputProps) {
  const id = `${idPrefix}-date`;
  return (
    <div className="field">
      <label htmlFor={id} className={labelClass(hideLabel)}>
        {label}
      </label>
      <input
        id={id}
        type="date"
        value={typeof value === 'string' ? value : ''}
        onChange={(e) => onChange(e.target.value)}
        {...errorAttrs(idPrefix, error)}
      />
      <FieldError idPrefix={idPrefix} error={error} />
    </div>
  );
}
