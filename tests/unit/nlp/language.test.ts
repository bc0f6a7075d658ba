import { describe, expect, it } from 'vitest';
import { analyzePage } from '@/lib/analyze';
import { archiveInMemory } from '@/lib/archive/article-source';
import { parseHtmlDocument } from '@/lib/extract/parse-html';
import { detectLanguage } from '@/lib/nlp/language';
import { defaultAliases } from '@/lib/nlp/default-aliases';
import { bundledArchive } from '../support/engine';

describe('detectLanguage', () => {
  it.each([
    ['en', 'The Kremlin said on Wednesday that it had not received the plan and that talks with the US would continue.'],
    ['fr', 'Le Kremlin a déclaré mercredi qu’il n’avait pas reçu le plan et que les discussions avec les États-Unis se poursuivraient dans les prochains jours.'],
    ['de', 'Der Kreml sagte am Mittwoch, dass er den Plan nicht erhalten habe und die Gespräche mit den USA auch weiter gehen sollen.'],
    ['zh', '克里姆林宫周三表示，尚未收到美国的和平计划，与美国的谈判将继续进行。'],
    ['ru', 'Кремль заявил в среду, что не получал плана и что переговоры с США продолжатся.'],
  ])('%s', (lang, text) => expect(detectLanguage(text)).toBe(lang));

  it('says nothing rather than guess on too little text', () => {
    expect(detectLanguage('OK')).toBeNull();
  });
});

describe('a non-English news page', () => {
  it('is detected and extracted; English-only features stay empty instead of inventing names', async () => {
    const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>Le Kremlin a déclaré mercredi qu’il n’avait pas reçu le plan américain, a indiqué le porte-parole Dmitri Peskov lors d’un point presse numéro ${i}, ajoutant que les discussions avec Washington se poursuivraient dans les prochains jours.</p>`).join('');
    const html = `<html><head><title>Le Kremlin dit ne pas avoir reçu le plan</title><meta property="og:type" content="article"><meta property="article:published_time" content="2025-11-21T10:00:00Z"></head><body><article><h1>Le Kremlin dit ne pas avoir reçu le plan</h1>${paragraphs}</article></body></html>`;
    const result = await analyzePage(parseHtmlDocument(html), 'https://journal.example/monde/2025/11/21/kremlin-plan', { ...archiveInMemory(bundledArchive().articles), aliases: defaultAliases });
    expect(result.isArticle).toBe(true);
    expect(result.extracted.lang).toBe('fr');
    expect(result.entities).toEqual([]);
    expect(result.statements).toEqual([]);
  });
});
