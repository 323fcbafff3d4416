// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SECTIONS } from '@/lib/questionnaire/bank';
import { SectionNav } from './SectionNav';

afterEach(cleanup);

const sections = SECTIONS.map((s, i) => ({ id: s.id, title: s.title, answered: i, total: 5 }));

function Nav({ onSelect }: { onSelect: (id: string) => void }) {
  const [active, setActive] = useState<string>(sections[0]!.id);
  return (
    <SectionNav
      sections={sections}
      active={active}
      onSelect={(id) => {
        onSelect(id);
        setActive(id);
      }}
    />
  );
}

describe('SectionNav', () => {
  it('is a tablist with one tab stop and answered counts', () => {
    render(<SectionNav sections={sections} active={sections[1]!.id} onSelect={vi.fn()} />);
    expect(screen.getByRole('tablist', { name: 'Questionnaire sections' })).toBeTruthy();
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).toEqual(['false', 'true', 'false']);
    expect(tabs.map((t) => t.tabIndex)).toEqual([-1, 0, -1]);
    expect(tabs[1]!.textContent).toContain(`${sections[1]!.title} 1/5`);
    // happy-dom's accessible-name computation puts a space between inline spans; browsers do not.
    expect(screen.getByRole('tab', { name: /^SOC 2 report ?, 0 of 5 answered$/ })).toBeTruthy();
  });

  it('moves selection and focus with ArrowRight, ArrowLeft, Home and End, wrapping around', () => {
    const onSelect = vi.fn();
    render(<Nav onSelect={onSelect} />);
    const tabs = screen.getAllByRole('tab');
    tabs[0]!.focus();
    fireEvent.keyDown(tabs[0]!, { key: 'ArrowRight' });
    expect(onSelect).toHaveBeenLastCalledWith(sections[1]!.id);
    expect(document.activeElement).toBe(tabs[1]);
    expect(tabs[1]!.getAttribute('aria-selected')).toBe('true');
    expect(tabs[1]!.tabIndex).toBe(0);
    expect(tabs[0]!.tabIndex).toBe(-1);

    fireEvent.keyDown(tabs[1]!, { key: 'End' });
    expect(document.activeElement).toBe(tabs[2]);
    fireEvent.keyDown(tabs[2]!, { key: 'ArrowRight' });
    expect(onSelect).toHaveBeenLastCalledWith(sections[0]!.id);
    expect(document.activeElement).toBe(tabs[0]);
    fireEvent.keyDown(tabs[0]!, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(tabs[2]);
    fireEvent.keyDown(tabs[2]!, { key: 'Home' });
    expect(onSelect).toHaveBeenLastCalledWith(sections[0]!.id);
    expect(document.activeElement).toBe(tabs[0]);
  });

  it('selects on click and ignores other keys', () => {
    const onSelect = vi.fn();
    render(<SectionNav sections={sections} active={sections[0]!.id} onSelect={onSelect} />);
    fireEvent.keyDown(screen.getAllByRole('tab')[0]!, { key: 'a' });
    expect(onSelect).not.toHaveBeenCalled();
    fireEvent.click(screen.getAllByRole('tab')[2]!);
    expect(onSelect).toHaveBeenCalledWith(sections[2]!.id);
  });
});
