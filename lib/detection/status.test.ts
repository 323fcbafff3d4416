import { describe, expect, it } from 'vitest';
import type { Lang } from './patterns';
import { cellStatus, findCues, ownReportAt, pick, statusAfter, statusBefore } from './status';

const said = (t: string, lang: Lang) => pick(findCues(t, lang));

describe('status words, one sentence per language part', () => {
  it.each([
    ['en', 'held', 'The platform has been audited by an independent firm.'],
    ['de', 'held', 'Die Plattform ist zertifiziert.'],
    ['fr', 'held', 'La plateforme est certifiée.'],
    ['es', 'held', 'La plataforma cuenta con la certificación.'],
    ['pt', 'held', 'A plataforma está em conformidade com a norma.'],
    ['it', 'held', 'La piattaforma è conforme alla norma.'],
    ['nl', 'held', 'Het platform voldoet aan de norm.'],
    ['ja', 'held', '認証を取得しています。'],
    ['en', 'in-progress', 'The audit is under way.'],
    ['de', 'in-progress', 'Die Prüfung ist in Vorbereitung.'],
    ['fr', 'in-progress', "L'audit est en cours."],
    ['es', 'in-progress', 'La auditoría está en curso.'],
    ['pt', 'in-progress', 'A auditoria está em andamento.'],
    ['it', 'in-progress', "L'audit è in corso."],
    ['nl', 'in-progress', 'De audit is in voorbereiding.'],
    ['ja', 'in-progress', '取得に向けて準備中です。'],
    ['en', 'planned', 'The audit is scheduled for spring.'],
    ['de', 'planned', 'Die Prüfung ist geplant.'],
    ['fr', 'planned', "L'audit est prévu."],
    ['es', 'planned', 'La auditoría está prevista.'],
    ['pt', 'planned', 'A auditoria está planejada.'],
    ['it', 'planned', "L'audit è previsto."],
    ['nl', 'planned', 'De audit is gepland.'],
    ['ja', 'planned', '来年の取得を予定しています。'],
    ['en', 'self-attested', 'We publish a self-assessment.'],
    ['de', 'self-attested', 'Wir veröffentlichen eine Selbstauskunft.'],
    ['fr', 'self-attested', 'Nous publions une auto-évaluation.'],
    ['es', 'self-attested', 'Publicamos una autoevaluación.'],
    ['pt', 'self-attested', 'Publicamos uma autoavaliação.'],
    ['it', 'self-attested', "Pubblichiamo un'autovalutazione."],
    ['nl', 'self-attested', 'Wij publiceren een zelfevaluatie.'],
    ['ja', 'self-attested', '自己評価を公開しています。'],
    ['en', 'not-held', 'We are not yet certified.'],
    ['en', 'not-held', 'Lumina is not yet SOC 2 attested.'],
    ['en', 'not-held', 'We have not been attested against SOC 2.'],
    ['de', 'not-held', 'Wir sind nicht zertifiziert.'],
    ['fr', 'not-held', 'Nous ne sommes pas encore certifiés.'],
    ['es', 'not-held', 'No estamos certificados.'],
    ['pt', 'not-held', 'Não somos certificados.'],
    ['it', 'not-held', 'Non siamo certificati.'],
    ['nl', 'not-held', 'Wij zijn niet gecertificeerd.'],
    ['ja', 'not-held', '現在は未取得です。'],
  ] as const)('%s %s: %s', (lang, status, t) => {
    expect(said(t, lang)).toBe(status);
  });

  it('the most cautious cue of one statement wins; weak cues only when nothing else speaks', () => {
    expect(said('Not yet certified; on the roadmap for 2027.', 'en')).toBe('planned');
    expect(said('Certification audit in progress (Q3 2026).', 'en')).toBe('in-progress');
    expect(said('Q3 2026 — readiness assessment', 'en')).toBe('planned');
    expect(said('We are not in an active audit.', 'en')).toBe('not-held');
  });

  it('reads whole-cell status words', () => {
    expect(cellStatus('Live', 'en')).toBe('held');
    expect(cellStatus('Aligned; DPA on request', 'en')).toBe('aligned');
    expect(cellStatus('Not in scope', 'en')).toBe('not-held');
    expect(cellStatus('Geplant', 'de')).toBe('planned');
  });

  it('reads the words next to a framework', () => {
    expect(statusBefore('Our program is aligned with the ', 'iso42001')).toBe('aligned');
    expect(statusBefore('Nosso programa segue os critérios estabelecidos pelo Framework ', 'soc2')).toBe(
      'aligned',
    );
    expect(statusBefore('Opera siguiendo ', 'hipaa')).toBe('held');
    expect(statusAfter(' richtlijnen voor hosting')).toBe('aligned');
    expect(statusAfter(' Type II window and mapped')).toBeNull();
    expect(statusAfter(' window and mapped')).toBe('in-progress');
    expect(ownReportAt('Download our ', ' Type II report')).toBe(true);
    expect(ownReportAt('nos rapports de certification pour les normes ', '')).toBe(true);
  });
});
