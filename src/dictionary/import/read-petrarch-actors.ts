/** A PETRARCH actors dictionary (`PETR.*.actors.txt`): the TABARI record syntax with `#` and XML comments. */
import { type SourceActor, parseActorLines } from './read-actor-records.js';
import { sourceLines } from './source-lines.js';

export function readPetrarchActors(file: string, text?: string): SourceActor[] {
  return parseActorLines(sourceLines(file, 'petrarch', text));
}
