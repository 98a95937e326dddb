/**
 * Baseline 2: `wink-nlp` tokenisation alone (an empty annotation pipeline), the floor of any
 * library-based pipeline: whatever such a pipeline adds on top (POS, NER, patterns) only costs more.
 */

import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

let tokenizer: ReturnType<typeof winkNLP> | undefined;

/** Token count of the article; creating the instance once keeps model loading out of the per-article time. */
export function winkTokenCount(title: string, text: string): number {
  tokenizer ??= winkNLP(model, []);
  return tokenizer.readDoc(`${title}\n\n${text}`).tokens().length();
}
