import { TEXT_MAX } from '@/lib/questionnaire/limits';
import { FieldError } from './FieldError';
import { errorAttrs, labelClass, type BaseInputProps, type SpecOf } from './types';

/** Remaining characters are shown once fewer than this share of the limit is left. */
const NEAR_LIMIT_SHARE = 0.1;

/** Free text up to the question's limit; the count appears only near the limit, where it helps. */
export function TextInput({
  spec,
  label,
  hideLabel,
  value,
  error,
  idPrefix,
  onChange,
}: BaseInputProps & { spec: SpecOf<'text'> }) {
  const id = `${idPrefix}-text`;
  const counterId = `${idPrefix}-remaining`;
  const max = spec.maxLength ?? TEXT_MAX;
  const text = typeof value === 'string' ? value : '';
  const remaining = max - text.length;
  const nearLimit = remaining <= Math.max(20, Math.floor(max * NEAR_LIMIT_SHARE));
  return (
    <div className="field">
      <label htmlFor={id} className={labelClass(hideLabel)}>
        {label}
      </label>
      <textarea
        id={id}
        rows={4}
        value={text}
        maxLength={max}
        onChange={(e) => onChange(e.target.value)}
        {...errorAttrs(idPrefix, error, nearLimit ? counterId : undefined)}
      />
      {nearLimit && (
        <p id={counterId} className="muted answer-hint">
          {remaining.toLocaleString('en')} {remaining === 1 ? 'character' : 'characters'} left
        </p>
      )}
      <FieldError idPrefix={idPrefix} error={error} />
    </div>
  );
}
