/**
 * Baseline 1: the extractor a user would build from `compromise` in an afternoon — its people(),
 * places() and organizations() taggers, plus events found by looking up trigger keywords in each
 * sentence's normalised terms. It is what our pipeline is compared against for speed.
 */
import nlp from 'compromise';

/** Trigger words → CAMEO root and polarity (inflected forms listed because compromise gives surface forms). */
const EVENT_KEYWORDS: Readonly<Record<string, { cameo: string; polarity: 'escalation' | 'de-escalation' }>> =
  {
    shelled: { cameo: '19', polarity: 'escalation' },
    shelling: { cameo: '19', polarity: 'escalation' },
    fired: { cameo: '19', polarity: 'escalation' },
    fire: { cameo: '19', polarity: 'escalation' },
    clash: { cameo: '19', polarity: 'escalation' },
    clashes: { cameo: '19', polarity: 'escalation' },
    clashed: { cameo: '19', polarity: 'escalation' },
    attacked: { cameo: '18', polarity: 'escalation' },
    attack: { cameo: '18', polarity: 'escalation' },
    killed: { cameo: '18', polarity: 'escalation' },
    accused: { cameo: '11', polarity: 'escalation' },
    condemned: { cameo: '11', polarity: 'escalation' },
    demanded: { cameo: '10', polarity: 'escalation' },
    threatened: { cameo: '13', polarity: 'escalation' },
    warned: { cameo: '13', polarity: 'escalation' },
    deployed: { cameo: '15', polarity: 'escalation' },
    mobilised: { cameo: '15', polarity: 'escalation' },
    closed: { cameo: '16', polarity: 'escalation' },
    ceasefire: { cameo: '08', polarity: 'de-escalation' },
    truce: { cameo: '08', polarity: 'de-escalation' },
    talks: { cameo: '04', polarity: 'de-escalation' },
    negotiations: { cameo: '04', polarity: 'de-escalation' },
    urged: { cameo: '02', polarity: 'de-escalation' },
    agreed: { cameo: '03', polarity: 'de-escalation' },
    withdrew: { cameo: '08', polarity: 'de-escalation' },
  };

export interface BaselineExtraction {
  people: string[];
  places: string[];
  organizations: string[];
  events: { cameo: string; polarity: 'escalation' | 'de-escalation'; sentence: number }[];
}

interface CompromiseTermJson {
  normal?: string;
}
interface CompromiseSentenceJson {
  terms: CompromiseTermJson[];
}

export function compromiseExtract(title: string, text: string): BaselineExtraction {
  const doc = nlp(`${title}\n\n${text}`);
  const events: BaselineExtraction['events'] = [];
  const sentences = doc.json({ terms: { normal: true } }) as CompromiseSentenceJson[];
  sentences.forEach((sentence, index) => {
    const seen = new Set<string>();
    for (const term of sentence.terms) {
      const hit = term.normal ? EVENT_KEYWORDS[term.normal] : undefined;
      if (hit && !seen.has(hit.cameo)) {
        seen.add(hit.cameo);
        events.push({ ...hit, sentence: index });
      }
    }
  });
  return {
    people: doc.people().out('array') as string[],
    places: doc.places().out('array') as string[],
    organizations: doc.organizations().out('array') as string[],
    events,
  };
}
