"""Speech strings, one module per locale: shared English text (en.py) plus each locale's overrides."""

from legcheck.skill.locales import en, en_AU, en_CA, en_GB, en_IN, en_US

MODULES = {module.LOCALE: module for module in (en_US, en_GB, en_CA, en_AU, en_IN)}
DEFAULT_LOCALE = en_US.LOCALE


class Strings:
    """The speech strings of one locale; call it with a key (and placeholder values) to get text."""

    def __init__(self, locale):
        module = MODULES.get(locale, MODULES[DEFAULT_LOCALE])
        self.locale = module.LOCALE
        self.number = module.EMERGENCY_NUMBER
        self.table = {**en.TEXT, **module.OVERRIDES}
        self.values = {"number": module.EMERGENCY_NUMBER, "doctor": module.DOCTOR}

    def __call__(self, key, **values):
        return self.table[key].format(**{**self.values, **values})

    def why(self, finding):
        """Why the question about `finding` matters (a general line for an unknown id)."""
        return en.WHY.get(finding, self("WHY_GENERAL"))


def strings_for(locale):
    """The Strings of `locale`; en-US for a locale the skill has no model for."""
    return Strings(locale if isinstance(locale, str) else DEFAULT_LOCALE)
