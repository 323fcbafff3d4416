// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_REMINDER_SETTINGS } from '@/lib/reminders/settings';
import { ReminderSettingsForm } from './ReminderSettingsForm';

afterEach(cleanup);

function setup() {
  const onSave = vi.fn(async () => undefined);
  render(<ReminderSettingsForm settings={DEFAULT_REMINDER_SETTINGS} onSave={onSave} />);
  return onSave;
}

describe('ReminderSettingsForm', () => {
  it('saves normalised lead times and quiet hours', async () => {
    const onSave = setup();
    fireEvent.change(screen.getByLabelText('Remind this many days before the stale date'), {
      target: { value: '7, 60 0,7' },
    });
    fireEvent.click(screen.getByLabelText('Hold notifications during quiet hours'));
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '20:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save reminder options' }));
    await waitFor(() => expect(screen.getByText('Reminder options saved.')).toBeTruthy());
    expect(onSave).toHaveBeenCalledWith({
      enabled: true,
      leadDays: [60, 7, 0],
      quietHours: { enabled: true, start: '20:00', end: '08:00' },
    });
    expect(
      (screen.getByLabelText('Remind this many days before the stale date') as HTMLInputElement).value,
    ).toBe('60, 7, 0');
  });

  it('shows inline errors and stores nothing for bad input', () => {
    const onSave = setup();
    const leads = screen.getByLabelText('Remind this many days before the stale date');
    fireEvent.change(leads, { target: { value: '30, soon' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save reminder options' }));
    expect(screen.getByRole('alert').textContent).toBe('Lead times are whole days');
    expect(leads.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(leads, { target: { value: '400' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save reminder options' }));
    expect(screen.getByRole('alert').textContent).toBe('At most 365 days ahead');
    expect(onSave).not.toHaveBeenCalled();
  });
});
