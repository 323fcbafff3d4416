import { describe, expect, it } from 'vitest';
import { findMentions } from './frameworks';

const ids = (t: string, soc2Named = false) => findMentions(t, 50, soc2Named).map((m) => m.fw);

describe('framework names', () => {
  it.each([
    ['SOC 2 Type II', ['soc2-type2']],
    ['SOC2 Typ 2', ['soc2-type2']],
    ['SOC 2 Tipo I', ['soc2-type1']],
    ['SOC 2 Type Il', ['soc2-type2']],
    ['Type II SOC 2', ['soc2-type2']],
    ['Service Organization Control (SOC) 2 Type II', ['soc2-type2']],
    ['SOC 1/2/3', ['soc1', 'soc2', 'soc3']],
    ['SOC 1 Type 2 and SOC 2 Type 2', ['soc1', 'soc2-type2']],
    ['SOC 1 et SOC 2 Type I', ['soc1', 'soc2-type1']],
    ['SOC 1 and 2 reports', ['soc1', 'soc2']],
    ['ISO/IEC 27001, 27017 and 27018', ['iso27001', 'iso27017', 'iso27018']],
    ['ISO 27017 / 27018 / 27701', ['iso27017', 'iso27018', 'iso27701']],
    ['ISO 27001/17/18', ['iso27001', 'iso27017', 'iso27018']],
    ['ISO 27001, 27701, and 42001 control families', ['iso27001', 'iso27701', 'iso42001']],
    ['SOC 1, 2, and 3', ['soc1', 'soc2', 'soc3']],
    ['ISO 27001/2013', ['iso27001']],
    ['NEN-ISO/IEC 27001:2017', ['iso27001']],
    ['当社はISO27001認証を取得', ['iso27001']],
    ['DSGVO-konform', ['gdpr']],
    ['conforme au RGPD', ['gdpr']],
    ['Reglamento General de Protección de Datos', ['gdpr']],
    ['Regulamento Geral sobre a Proteção de Dados', ['gdpr']],
    ['REG. UE n. 2016/679', ['gdpr']],
    ['Algemene verordening gegevensbescherming (AVG)', ['gdpr', 'gdpr']],
    ['California Privacy Rights Act', ['ccpa']],
    ['the AI Act', ['eu-ai-act']],
    ['KI-Verordnung', ['eu-ai-act']],
    ["règlement européen sur l'IA", ['eu-ai-act']],
    ["la loi sur l'IA de l'UE", ['eu-ai-act']],
    ['la ley europea de IA', ['eu-ai-act']],
    ['PCI-DSS Level 1', ['pci-dss']],
    ['CAIQ self-assessment', ['csa-star']],
    ['NIST AI Risk Management Framework', ['nist-ai-rmf']],
    ['Cyber Essentials Plus', ['cyber-essentials']],
  ] as const)('%s', (t, expected) => {
    expect(ids(t)).toEqual(expected);
  });

  it.each([
    // A law on AI not said to be the EU's may be any country's.
    "la loi sur l'IA du Colorado",
    'ISO 9001',
    'NIST CSF',
    'ISAE 3402 Type II',
    'an avg. response time',
    'SOC analysts',
    'CAIQ and SIG questionnaires',
  ])('not a framework of the list: %s', (t) => {
    expect(ids(t)).toEqual([]);
  });

  it('reads a bare type after SOC 2, on the page or in the text, never after another standard', () => {
    expect(ids('SOC 2 Type 1 done; Type 2 next')).toEqual(['soc2-type1', 'soc2-type2']);
    expect(ids('Type I audit — scheduled', true)).toEqual(['soc2-type1']);
    expect(ids('Type I audit — scheduled')).toEqual([]);
    expect(ids('SOC 2/SSAE 16 (previously SAS 70 Type II)')).toEqual(['soc2']);
  });

  it('keeps list numbers inside the list item they are written in', () => {
    const t = 'ISO/IEC 27017,\nISO/IEC 27018,';
    expect(findMentions(t).map((m) => t.slice(m.start, m.end))).toEqual(['ISO/IEC 27017', 'ISO/IEC 27018']);
  });
});
