import type { Config } from '../server/src/engine/config/config';
import { RULES } from '../server/src/engine/rules';
import { variantSettingId } from '../server/src/engine/rules/rule';

/** The config with every rule and variant off by default turned on at its severity, unless the config sets it. */
export function withAllRules(config: Config): Config {
  const rules: Config['rules'] = {};
  for (const { meta } of RULES) {
    if (meta.offByDefault) rules[meta.id] = meta.defaultSeverity;
    for (const v of meta.variants ?? []) if (v.offByDefault) rules[variantSettingId(meta.id, v.name)] = v.defaultSeverity;
  }
  return { ...config, rules: { ...rules, ...config.rules } };
}
