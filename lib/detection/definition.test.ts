import { describe, expect, it } from 'vitest';
import { definesFramework } from './definition';

describe('framework definitions', () => {
  it.each([
    ['en', ' (System and Organization Controls 2) is an auditing framework for service firms'],
    ['en', ' refers to the European privacy regulation'],
    ['de', ' ist weltweit als wichtigste Norm für Managementsysteme anerkannt'],
    ['fr', " est une norme internationale pour la gestion de l'information"],
    ['es', ' es un informe de auditoría elaborado por un contador'],
    ['pt', ' é um padrão de segurança para pagamentos'],
    ['it', ' è un quadro di controllo sviluppato negli Stati Uniti'],
    ['nl', ' is een internationale norm voor informatiebeveiliging'],
    ['nl', ' is een alom bekende procedure voor controle op informatiebeveiliging'],
    ['de', ' ist ein Verfahren zur Prüfung von Dienstleistern'],
    ['fr', ' est une procédure d’audit définie par l’AICPA'],
    ['es', ' es un procedimiento de auditoría del AICPA'],
    ['it', ' è una procedura di verifica dei controlli'],
  ] as const)('%s:%s', (lang, after) => {
    expect(definesFramework(after, lang)).toBe(true);
  });

  it.each([
    ['en', ' is mid-audit; the report follows in spring'],
    ['en', ' Type II is an active engagement with our auditor'],
    ['en', ' report is available on request'],
    ['de', ' ist für 2027 geplant'],
  ] as const)('not a definition (%s):%s', (lang, after) => {
    expect(definesFramework(after, lang)).toBe(false);
  });
});
