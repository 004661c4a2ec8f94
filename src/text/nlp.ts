/**
 * One wink-nlp instance for the process: loading the model is the costly part of start-up, so it happens once.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;
let instance: Wink | null = null;

export function nlp(): Wink {
  instance ??= winkNLP(model, ['sbd', 'pos', 'ner']);
  return instance;
}
