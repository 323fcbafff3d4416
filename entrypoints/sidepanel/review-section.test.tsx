// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/db';
import { assessmentsRepo, notesRepo } from '@/lib/db/repos';
import { reviewService } from '@/lib/review/page-service';
import { ReviewSection } from './review-section';
import { usePanelStore } from './store';

afterEach(async () => {
  cleanup();
  usePanelStore.setState({ drafts: {}, saveStates: {} });
  await db.delete();
  await db.open();
});

describe('review section autosave', () => {
  it('keeps the text and says so when storage fails, then saves on retry', async () => {
    const vendor = await reviewService.createVendor({ name: 'Acme' });
    const quota = Object.assign(new Error('QuotaExceededError: the disk is full.'), {
      name: 'QuotaExceededError',
    });
    const save = vi.spyOn(reviewService, 'saveNote').mockRejectedValueOnce(quota);

    render(
      <ReviewSection
        draftKey={`vendor:${vendor.id}`}
        review={{ vendor, assessment: null, note: null, answers: [], history: [], unreadable: 0 }}
        detection={null}
        target={{ vendorId: vendor.id }}
      />,
    );
    const textarea = screen.getByLabelText('Reviewer notes');
    fireEvent.change(textarea, { target: { value: 'Exceptions in CC7.2 — ask why.' } });

    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      expect.stringContaining(
        'Couldn’t save your note: QuotaExceededError: the disk is full. Your text is still here.',
      ),
    );
    expect((textarea as HTMLTextAreaElement).value).toBe('Exceptions in CC7.2 — ask why.');

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Retry saving' }));
    });
    expect(await screen.findByText('Saved on this computer')).toBeTruthy();
    expect(save).toHaveBeenCalledTimes(2);
    const assessment = await assessmentsRepo.latestFor(vendor.id);
    expect((await notesRepo.forAssessment(assessment!.id))?.body).toBe('Exceptions in CC7.2 — ask why.');
  });
});
