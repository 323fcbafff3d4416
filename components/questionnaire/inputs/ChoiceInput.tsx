import { FieldError } from './FieldError';
import { errorAttrs, labelClass, type BaseInputProps, type SpecOf } from './types';

/** One option of several, as radios sharing a name so arrow keys move between them natively. */
export function ChoiceInput({
  spec,
  label,
  hideLabel,
  value,
  error,
  idPrefix,
  onChange,
}: BaseInputProps & { spec: SpecOf<'choice'> }) {
  return (
    <fieldset className="answer-group">
      <legend className={labelClass(hideLabel)}>{label}</legend>
      {spec.options.map((option) => {
        const id = `${idPrefix}-option-${option.value}`;
        return (
          <div className="answer-option" key={option.value}>
            <input
              type="radio"
              id={id}
              name={`${idPrefix}-choice`}
              value={option.value}
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
