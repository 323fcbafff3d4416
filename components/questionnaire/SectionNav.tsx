import { useRef, type KeyboardEvent } from 'react';

export interface SectionTab {
  id: string;
  title: string;
  answered: number;
  total: number;
}

interface Props {
  sections: SectionTab[];
  /** The id of the selected section. */
  active: string;
  onSelect: (id: string) => void;
}

/** The tab's element id, so the parent's tabpanel can point at it with aria-labelledby. */
export const sectionTabId = (sectionId: string) => `section-tab-${sectionId}`;

/**
 * The questionnaire's sections as a WAI-ARIA tablist with automatic activation: arrow keys, Home and
 * End select and focus a tab; only the selected tab is in the Tab order (roving tabindex), so Tab moves
 * on to the questions instead of through every section.
 */
export function SectionNav({ sections, active, onSelect }: Props) {
  const tabs = useRef<Map<string, HTMLButtonElement>>(new Map());

  const move = (to: number) => {
    const target = sections[(to + sections.length) % sections.length];
    if (!target) return;
    onSelect(target.id);
    tabs.current.get(target.id)?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const keys: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: sections.length - 1,
    };
    const to = keys[e.key];
    if (to === undefined) return;
    e.preventDefault();
    move(to);
  };

  // With no selected section (e.g. an unknown id) the first tab takes the Tab stop, so the list is reachable.
  const focusable = sections.some((s) => s.id === active) ? active : sections[0]?.id;

  return (
    <div role="tablist" aria-label="Questionnaire sections" className="section-nav">
      {sections.map((s, i) => {
        const selected = s.id === active;
        return (
          <button
            key={s.id}
            type="button"
            role="tab"
            id={sectionTabId(s.id)}
            aria-selected={selected}
            tabIndex={s.id === focusable ? 0 : -1}
            className={selected ? 'section-tab section-tab-active' : 'section-tab'}
            ref={(el) => {
              if (el) tabs.current.set(s.id, el);
              else tabs.current.delete(s.id);
            }}
            onClick={() => onSelect(s.id)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            {s.title}
            <span aria-hidden="true" className="section-count">
              {' '}
              {s.answered}/{s.total}
            </span>
            <span className="visually-hidden">
              , {s.answered} of {s.total} answered
            </span>
          </button>
        );
      })}
    </div>
  );
}
