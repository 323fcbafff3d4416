import { FieldError } from './FieldError';
import { errorAttrs, labelClass, type BaseInputProps } from './types';

const OPTIONS = [
  { value: true, label: 'Yes', key: 'yes' },
  { value: false, label: 'No', key: 'no' },
] as const;

/** Yes or No as two radios: a checkbox could not tell "No" from "not answered yet". */
export function YesNoInput({ label, hideLabel, value, error, idPrefix, onChange }: BaseInputProps) {
  return (
    <fieldset className="answer-group answer-inline">
      <legend className={labelClass(hideLabel)}>{label}</legend>
      {OPTIONS.map((option) => {
        const id = `${idPrefix}-${option.key}`;
        return (
          <div className="answer-option" key={option.key}>
            <input
              type="radio"
              id={id}
              name={`${idPrefix}-yes-no`}
              value={option.key}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              {...errorAttrs(idPrefix, error)}
            />
            <label htmlFor={id}>{option.label}</label>
          </div>
        );
      })}
      <FieldError idPrefix={idPrefix} error={error} />
    </fieldset>
  );
}
