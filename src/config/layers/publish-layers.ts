/**
 * The publishing keys of the file's layers (the selected environment, then the top
 * level), each from the highest layer that gives it. Inputs are read by
 * publish-settings.ts and win over these; a refused value is left out (its problem is
 * already reported, so the run does not start).
 */
import { PUBLISH_FILE_KEYS, type PublishFileValues } from '../publish-settings.js';
import { INVALID, type Layer } from './layer.js';

export function publishFromLayers(layers: readonly Layer[]): PublishFileValues {
  const values: Record<string, unknown> = {};
  for (const key of PUBLISH_FILE_KEYS) {
    const slot = layers.map((layer) => layer.publish?.[key]).find((found) => found !== undefined);
    if (slot !== undefined && slot !== INVALID) values[key] = slot.value;
  }
  return values as PublishFileValues;
}
