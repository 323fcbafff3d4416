import { useState } from 'react';
import { normaliseSite } from '@/lib/settings/paused-sites';
import { StatusLine } from '../ui/StatusLine';

interface Props {
  sites: string[];
  onChange: (sites: string[]) => Promise<void>;
}

/** Sites where Vendorscope does nothing at all: the reviewer's choice, per site and its subdomains. */
export function PausedSitesEditor({ sites, onChange }: Props) {
  const [input, setInput] = useState('');
  const [message, setMessage] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);

  const report = (p: Promise<void>, ok: string) =>
    p.then(
      () => setMessage({ tone: 'info', text: ok }),
      (err: unknown) => setMessage({ tone: 'error', text: `Couldn’t save: ${String(err)}` }),
    );

  return (
    <section aria-labelledby="paused-heading" className="card">
      <h2 id="paused-heading">Paused sites</h2>
      <p className="muted">Vendorscope will not look at pages on these sites or their subdomains.</p>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          const site = normaliseSite(input);
          if (!site) {
            setMessage({ tone: 'error', text: `“${input}” is not a site name such as trust.example.com.` });
            return;
          }
          setInput('');
          void report(onChange([...sites, site]), `Paused ${site}.`);
        }}
      >
        <label htmlFor="paused-site">Site to pause</label>
        <input
          id="paused-site"
          value={input}
          maxLength={300}
          placeholder="trust.example.com"
          onChange={(e) => setInput(e.target.value)}
        />
        <button type="submit">Pause site</button>
      </form>
      {message && <StatusLine tone={message.tone}>{message.text}</StatusLine>}
      {sites.length === 0 ? (
        <p className="muted">No paused sites.</p>
      ) : (
        <ul className="paused-list">
          {sites.map((site) => (
            <li key={site}>
              <span>{site}</span>{' '}
              <button
                type="button"
                className="secondary"
                aria-label={`Resume ${site}`}
                onClick={() => void report(onChange(sites.filter((s) => s !== site)), `Resumed ${site}.`)}
              >
                Resume
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
