// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Detection } from '@/lib/detection/schema';
import { DetectionSummary } from './DetectionSummary';

afterEach(cleanup);

const detection: Detection = {
  url: 'https://trust.lumina.example/',
  title: 'Lumina Trust',
  isTrustPage: true,
  confidence: 0.9,
  platform: 'self-hosted',
  vendor: { name: 'Lumina', domain: 'lumina.example', host: 'trust.lumina.example' },
  claims: [{ framework: 'soc2-type1', status: 'in-progress', quote: 'Our SOC 2 Type I audit is under way.' }],
  thirdParty: [
    { subject: 'AWS', framework: 'iso27001', status: 'held', quote: 'We run on AWS, certified ISO 27001.' },
    { subject: 'AWS', framework: 'soc3', status: 'held', quote: 'AWS publishes a SOC 3 report.' },
    {
      subject: 'our data centre',
      framework: 'pci-dss',
      status: 'held',
      quote: 'Our data centre is PCI DSS.',
    },
  ],
  subprocessors: [
    { name: 'Amazon Web Services, Inc.', purpose: 'Hosting', ai: false },
    { name: 'Anthropic', purpose: 'LLM inference', ai: true },
  ],
  signals: [],
};

describe('DetectionSummary', () => {
  it('keeps the vendor’s own claims apart from what the page states for third parties', () => {
    render(<DetectionSummary detection={detection} />);
    const own = screen.getByRole('heading', { name: 'What the page states' }).nextElementSibling!;
    expect(own.textContent).toContain('SOC 2 Type I');
    expect(own.textContent).toContain('in progress');
    expect(own.textContent).not.toContain('27001');
    const third = screen.getByRole('heading', { name: 'Stated for third parties' });
    expect(third.parentElement!.textContent).toContain('our data centre: PCI DSS');
  });

  it('shows a provider’s certificates on its sub-processor row, as stated by the vendor', () => {
    render(<DetectionSummary detection={detection} />);
    const rows = screen.getAllByRole('listitem').filter((li) => li.closest('.subprocessors'));
    expect(within(rows[0]!).getByTestId('subprocessor-certs').textContent).toBe(
      'ISO/IEC 27001, SOC 3 (as stated by the vendor)',
    );
    expect(within(rows[1]!).queryByTestId('subprocessor-certs')).toBeNull();
  });

  it('renders page text as text, never as markup', () => {
    const hostile = {
      ...detection,
      thirdParty: [
        { subject: '<img src=x onerror=alert(1)>', framework: 'soc3', status: 'held', quote: '<b>x</b>' },
      ],
    } satisfies Detection;
    const { container } = render(<DetectionSummary detection={hostile} />);
    expect(container.querySelector('img, b')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('DetectionSummary, a long sub-processor list', () => {
  const long = {
    ...detection,
    subprocessors: [
      ...Array.from({ length: 40 }, (_, i) => ({ name: `Tool ${i} Ltd`, purpose: 'Support', ai: false })),
      { name: 'Anthropic', purpose: 'LLM inference', ai: true },
      { name: 'Amazon Web Services, Inc.', purpose: 'Hosting', ai: false },
    ],
  } satisfies Detection;
  const listed = () =>
    screen
      .getAllByRole('listitem')
      .filter((li) => li.closest('.subprocessors'))
      .map((li) => li.firstChild!.textContent);

  it('shows the first ones, every AI provider and every provider with certificates, then all on request', () => {
    render(<DetectionSummary detection={long} />);
    expect(listed()).toEqual([
      ...Array.from({ length: 10 }, (_, i) => `Tool ${i} Ltd`),
      'Anthropic',
      'Amazon Web Services, Inc.',
    ]);
    expect(screen.getByTestId('subprocessors-shown').textContent).toMatch(/^12 of 42 shown/);
    const more = screen.getByRole('button', { name: 'Show all 42 sub-processors' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(listed()).toHaveLength(42);
    const fewer = screen.getByRole('button', { name: 'Show fewer sub-processors' });
    expect(fewer.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(fewer);
    expect(listed()).toHaveLength(12);
  });

  it('lists a short list whole, with no button', () => {
    render(<DetectionSummary detection={detection} />);
    expect(screen.queryByRole('button', { name: /sub-processors/ })).toBeNull();
  });
});
