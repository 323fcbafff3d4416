import { useEffect, useRef } from 'react';
// The limits validation applies, so typing stops where the answer would become invalid.
import { CONTROL_MAX, OWNER_MAX } from '@/lib/questionnaire/validate-answer';
import { FieldError } from './FieldError';
import { errorAttrs, labelClass, type BaseInputProps } from './types';

type Row = { control: string; owner: string };
const BLANK: Row = { control: '', owner: '' };

function asRows(value: unknown): Row[] {
  if (!Array.isArray(value)) return [];
  return value.map((row: unknown) => {
    const r = (row && typeof row === 'object' ? row : {}) as Partial<Record<keyof Row, unknown>>;
    return {
      control: typeof r.control === 'string' ? r.control : '',
      owner: typeof r.owner === 'string' ? r.owner : '',
    };
  });
}

/** Where focus goes once the parent has re-rendered with the new rows. */
type PendingFocus = { row: number } | 'add' | null;

/**
 * Controls the customer inherits, each with its owner on the customer's side. An unanswered question
 * shows one blank row so the reviewer can start typing at once; blank rows are not answers (validation
 * drops them). Focus follows Add and Remove so keyboard users are never dropped back to the page top.
 */
export function ListWithOwnerInput({ label, hideLabel, value, error, idPrefix, onChange }: BaseInputProps) {
  const stored = asRows(value);
  const rows = stored.length ? stored : [BLANK];
  const pending = useRef<PendingFocus>(null);
  const controlInputs = useRef<(HTMLInputElement | null)[]>([]);
  const addButton = useRef<HTMLButtonElement>(null);

  // Runs after each render: the value comes back from the parent, so the new row exists only then.
  useEffect(() => {
    const target = pending.current;
    if (target === null) return;
    const el = target === 'add' ? addButton.current : controlInputs.current[target.row];
    if (el) {
      el.focus();
      pending.current = null;
    }
  });

  const update = (index: number, patch: Partial<Row>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const add = () => {
    pending.current = { row: rows.length };
    onChange([...rows, { ...BLANK }]);
  };
  const remove = (index: number) => {
    const next = rows.filter((_, i) => i !== index);
    pending.current = next.length ? { row: Math.min(index, next.length - 1) } : 'add';
    onChange(next);
  };
  const invalid = errorAttrs(idPrefix, error);

  return (
    <fieldset className="answer-group">
      <legend className={labelClass(hideLabel)}>{label}</legend>
      <ol className="answer-list">
        {rows.map((row, i) => {
          const controlId = `${idPrefix}-control-${i}`;
          const ownerId = `${idPrefix}-owner-${i}`;
          return (
            <li key={i} className="answer-list-row">
              <div className="field">
                <label htmlFor={controlId}>
                  Control<span className="visually-hidden"> {i + 1}</span>
                </label>
                <input
                  id={controlId}
                  ref={(el) => {
                    controlInputs.current[i] = el;
                  }}
                  value={row.control}
                  maxLength={CONTROL_MAX}
                  onChange={(e) => update(i, { control: e.target.value })}
                  {...invalid}
                />
              </div>
              <div className="field">
                <label htmlFor={ownerId}>
                  Owner<span className="visually-hidden"> {i + 1}</span>
                </label>
                <input
                  id={ownerId}
                  value={row.owner}
                  maxLength={OWNER_MAX}
                  onChange={(e) => update(i, { owner: e.target.value })}
                  {...invalid}
                />
              </div>
              {stored.length > 0 && (
                <button
                  type="button"
                  className="link"
                  aria-label={`Remove ${row.control.trim() || `control ${i + 1}`}`}
                  onClick={() => remove(i)}
                >
                  Remove
                </button>
              )}
            </li>
          );
        })}
      </ol>
      <button type="button" className="secondary" ref={addButton} onClick={add}>
        Add control
      </button>
      <FieldError idPrefix={idPrefix} error={error} />
    </fieldset>
  );
}
