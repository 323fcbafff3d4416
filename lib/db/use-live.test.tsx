// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from './db';
import { reviewService } from './page-data';
import { useLive } from './use-live';

class ErrorBoundary extends Component<
  { onError: (e: unknown) => void; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    this.props.onError(error);
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

afterEach(async () => {
  cleanup();
  await db.delete();
  await db.open();
});

/** The names of the vendors whose name starts with `prefix`, live, or what useLive returns before. */
function Names({ prefix, initial }: { prefix: string; initial?: string[] }) {
  const names = useLive(
    async ({ db }) => (await db.vendors.where('name').startsWith(prefix).toArray()).map((v) => v.name),
    [prefix],
    initial,
  );
  return <p data-testid="names">{names === undefined ? 'loading' : names.join(',') || 'none'}</p>;
}

const shown = () => screen.getByTestId('names').textContent;
/** A vendor record, written as the panel writes one. */
const addVendor = (name: string) => reviewService.createVendor({ name });

describe('useLive', () => {
  it('shows the initial value, then the query’s result, then what a later write changes', async () => {
    await addVendor('Acme');
    render(<Names prefix="" initial={['as the panel opened']} />);
    expect(shown()).toBe('as the panel opened');
    await screen.findByText('Acme');
    await act(() => addVendor('Beta'));
    await screen.findByText('Acme,Beta');
  });

  it('is undefined (loading) without an initial value', async () => {
    render(<Names prefix="" />);
    expect(shown()).toBe('loading');
    await screen.findByText('none');
  });

  it('keeps the last result while new deps are read, then shows theirs', async () => {
    await addVendor('Acme');
    await addVendor('Beta');
    const { rerender } = render(<Names prefix="A" />);
    await screen.findByText('Acme');
    rerender(<Names prefix="B" />);
    expect(shown()).toBe('Acme');
    await screen.findByText('Beta');
  });

  it('keeps showing the last result once the database is closed for good', async () => {
    await addVendor('Acme');
    await addVendor('Beta');
    const { rerender } = render(<Names prefix="A" />);
    await screen.findByText('Acme');
    db.close({ disableAutoOpen: true });
    // The query for "B" fails (the database is closed): the page keeps what it showed, no error.
    rerender(<Names prefix="B" />);
    await new Promise((r) => setTimeout(r, 50));
    expect(shown()).toBe('Acme');
  });

  it('throws any other error into React, for the page’s error handling', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    function Failing() {
      useLive(async () => Promise.reject(new Error('disk on fire')), []);
      return null;
    }
    const errors: unknown[] = [];
    render(
      <ErrorBoundary onError={(e) => errors.push(e)}>
        <Failing />
      </ErrorBoundary>,
    );
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    expect(String(errors[0])).toContain('disk on fire');
  });
});
