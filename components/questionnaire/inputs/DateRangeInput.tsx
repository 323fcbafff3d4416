import { FieldError } from './FieldError';
import { errorAttrs, labelClass, type BaseInputProps, type SpecOf } from './types';

type Range = { start: string; end: string };

function asRange(value: unknown): Range {
  const v = (value && typeof value === 'object' ? value : {}) as Partial<Record<keyof Range, unknown>>;
  return {
    start: typeof v.start === 'string' ? v.start : '',
    end: typeof v.end === 'string' ? v.end : '',
  };
}

/** A start and an end date, labelled by the question's own words ("Window start", "Window end"). */
export function DateRangeInput({
  spec,
  label,
  hideLabel,
  value,
  error,
  idPrefix,
  onChange,
}: BaseInputProps & { spec: SpecOf<'date-range'> }) {
  const range = asRange(value);
  const field = (key: keyof Range, text: string) => {
    const id = `${idPrefix}-${key}`;
    return (
      <div className="field">
        <label htmlFor={id}>{text}</label>
        <input
          id={id}
          type="date"
          value={range[key]}
          onChange={(e) => onChange({ ...range, [key]: e.target.value })}
          {...errorAttrs(idPrefix, error)}
        />
      </div>
    );
  };
  return (
    <fieldset className="answer-group">
      <legend className={labelClass(hideLabel)}>{label}</legend>
      <div className="row">
        {field('start', spec.startLabel)}
        {field('end', spec.endLabel)}
      </div>
      <FieldError idPrefix={idPrefix} error={error} />
    </fieldset>
  );
}
