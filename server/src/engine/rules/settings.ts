// What a configuration makes of a rule and of its variants: off, or the severity to report at.
import type { Config, RuleSetting } from '../config/config';
import type { Severity } from '../types';
import { type RuleMeta, variantSettingId } from './rule';

/** The rule's own setting: what the configuration sets, else off when off by default, else its severity. */
export function ruleSetting(config: Config, meta: RuleMeta): RuleSetting {
  return config.rules[meta.id] ?? (meta.offByDefault ? 'off' : meta.defaultSeverity);
}

export function ruleIsOff(config: Config, meta: RuleMeta): boolean {
  return ruleSetting(config, meta) === 'off';
}

/**
 * The setting of a report of the rule (of one of its variants, or none): the variant's own
 * setting wins, the rule off is off, a variant off by default stays off unless set itself, and
 * otherwise a configured rule severity wins over the severity the report chose.
 */
export function reportSetting(config: Config, meta: RuleMeta, variantName: string | undefined, reported: Severity): RuleSetting {
  const rule = ruleSetting(config, meta);
  if (rule === 'off') return 'off';
  const variant = variantName === undefined ? undefined : meta.variants?.find((v) => v.name === variantName);
  if (variant) {
    const own = config.rules[variantSettingId(meta.id, variant.name)];
    if (own) return own;
    if (variant.offByDefault) return 'off';
  }
  return config.rules[meta.id] ?? reported;
}
