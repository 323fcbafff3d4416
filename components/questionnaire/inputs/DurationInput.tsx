import { DURATION_UNITS } from '@/lib/questionnaire/validate-answer';
import { FieldError } from './FieldError';
import { errorAttrs, labelClass, type BaseInputProps } from './types';

function asDuration(value: unknown): { amount: number; unit: string } {
  const v = (value && typeof value === 'object' ? value : {}) as { amount?: unknown; unit?: unknown };
  return {
    amount: typeof v.amount === 'number' ? v.amount : Number.NaN,
    unit: typeof v.unit === 'string' ? v.unit : '',
  };
}

/**
 * An amount and a unit. The amount is emitted as typed, even negative or empty (NaN), so the parent's
 * validation can say what is wrong instead of the input silently correcting it. No unit is preselected:
 * a guessed "days" could pass unnoticed into a review record.
 */
export function DurationInput({ label, hideLabel, value, error, idPrefix, onChange }: BaseInputProps) {
  const { amount, unit } = asDuration(value);
  const amountId = `${idPrefix}-amount`;
  const unitId = `${idPrefix}-unit`;
  const invalid = errorAttrs(idPrefix, error);
  return (
    <fieldset className="answer-group">
      <legend className={labelClass(hideLabel)}>{label}</legend>
      <div className="row">
        <div className="field">
          <label htmlFor={amountId}>Amount</label>
          <input
            id={amountId}
            type="number"
            inputMode="decimal"
            min={0}
            step="any"
            className="answer-amount"
            value={Number.isNaN(amount) ? '' : amount}
            onChange={(e) => {
              const raw = e.target.value.trim();
              onChange({ amount: raw === '' ? Number.NaN : Number(raw), unit });
            }}
            {...invalid}
          />
        </div>
        <div className="field">
          <label htmlFor={unitId}>Unit</label>
          <select
            id={unitId}
            value={unit}
            onChange={(e) => onChange({ amount, unit: e.target.value })}
            {...invalid}
          >
            <option value="" disabled>
              Choose a unit
            </option>
            {DURATION_UNITS.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </select>
        </div>
      </div>
      <FieldError idPrefix={idPrefix} error={error} />
    </fieldset>
  );
}
