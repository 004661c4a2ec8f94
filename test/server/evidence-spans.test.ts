/** Evidence spans: where an event's words are in its sentence. */
import { describe, expect, it } from 'vitest';
import { evidenceSpans } from '../../src/server/evidence-spans.js';

const ev = (sentence: string, source: string | null, target: string | null, triggers: string[]) => ({
  source_text: source,
  target_text: target,
  evidence: { trigger: triggers.map((t) => ({ text: t, start: sentence.indexOf(t), end: sentence.indexOf(t) + t.length })) },
});

const shown = (sentence: string, e: ReturnType<typeof ev>) =>
  evidenceSpans(sentence, e)
    .map((s) => `${s.kind}:${sentence.slice(s.start, s.end)}@${s.start}`)
    .sort();

describe('evidenceSpans', () => {
  it.each([
    ['Japan met China.', 'Japan', 'China', ['met'], ['source:Japan@0', 'target:China@10', 'trigger:met@6']],
    // the source before the trigger, the target after it, when the words occur twice
    ['China said China met China.', 'China', 'China', ['met'], ['source:China@11', 'target:China@21', 'trigger:met@17']],
    // whole words only: "US" is not inside "USA" or "thus"
    ['Thus the USA warned US allies.', 'US', null, ['warned'], ['source:US@20', 'trigger:warned@13']],
    // overlapping: the trigger's noun inside the target
    ['North Korea expelled the UN inspectors.', 'North Korea', 'UN inspectors', ['expelled', 'inspectors'], ['source:North Korea@0', 'target:UN inspectors@25', 'trigger:expelled@12', 'trigger:inspectors@28']],
    // words not in the sentence (a pronoun's antecedent elsewhere) get no span
    ['He urged Pyongyang to talk.', 'ElBaradei', 'Pyongyang', ['urged'], ['target:Pyongyang@9', 'trigger:urged@3']],
  ])('%s', (sentence, source, target, triggers, want) => {
    expect(shown(sentence, ev(sentence, source, target, triggers))).toEqual(want);
  });
});
