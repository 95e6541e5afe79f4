"""One entry of the lexicon: how people say one finding or cause."""
from dataclasses import dataclass, field

LOCALES = ("en-US", "en-GB", "en-CA", "en-AU", "en-IN")


@dataclass(frozen=True)
class Words:
    """`name` (the slot value), `say` (synonyms in every locale), `regional` (phrase -> the countries that say
    it, "GB AU IN"), `recipes` (for the resolver: concepts that must all occur in one clause, "!X" must not),
    `denied_by` (recipes that say it is not so: "both legs" for one leg, "slowly" for sudden), `replies` and
    `no_replies` (recipes that say yes or no only as a reply to the finding's own question: "the right one" to
    "is only one leg weak?", "getting better" to "is it getting worse?"), `unsure_of` (recipes of what the finding is
    about, read only to say the person does not know: "I haven't looked at my pee" leaves dark urine unknown)."""

    name: str
    say: list = field(default_factory=list)
    regional: dict = field(default_factory=dict)
    recipes: list = field(default_factory=list)
    denied_by: list = field(default_factory=list)
    replies: list = field(default_factory=list)
    no_replies: list = field(default_factory=list)
    unsure_of: list = field(default_factory=list)

    def phrases(self, locale):
        """The synonyms offered to Alexa in `locale`."""
        country = locale.split("-")[1]
        return self.say + [phrase for phrase, countries in self.regional.items() if country in countries.split()]
