"""Words of web-page furniture, in several languages.

These are the words of the page around an article, not of news: forms,
accounts, comments, subscriptions, cookie and terms notices, share buttons,
bylines and datelines. Strong phrases are almost never news prose; weak
words are common in news too ("vote", "account") and only count on a line
that also speaks to the reader (``ADDRESS``). Site phrases talk about the
page or outlet itself ("this blog", "our reporters") and ``PROMPT`` verbs
open a call to the reader ("Explore all of our graphics"): neither is
clutter alone, but either makes a repeated sentence or a line that speaks
to the reader one. :func:`furniture_words` counts the three kinds of
phrases. Matching is on lower-cased text.
"""

from __future__ import annotations

import re
from collections import Counter


def _alternation(phrases: str) -> re.Pattern[str]:
    """A pattern matching any ``|``-separated phrase as whole words."""
    return re.compile(r"(?<!\w)(?:" + _choices(phrases) + r")(?!\w)")


def _choices(phrases: str) -> str:
    """The ``|``-separated phrases as one alternation, grouped by first letter.

    Grouping lets the regex engine reject most positions after one
    character instead of trying hundreds of phrases: the cleaner runs these
    on every line.
    """
    by_letter: dict[str, list[str]] = {}
    others: list[str] = []
    for phrase in (phrase.strip() for phrase in _top_level_choices(phrases)):
        if phrase[:1].isalpha() and phrase[1:2] not in ("?", "*", "+", "{"):
            by_letter.setdefault(phrase[0], []).append(phrase[1:])
        elif phrase:
            others.append(phrase)
    grouped = [
        re.escape(letter) + "(?:" + "|".join(sorted(rests, key=lambda rest: rest == "")) + ")"
        for letter, rests in by_letter.items()
    ]
    return "|".join(grouped + others)


def _top_level_choices(phrases: str) -> list[str]:
    """The ``|``-separated choices of a pattern, leaving ``|`` inside groups alone."""
    choices, depth, start, escaped = [], 0, 0, False
    for index, char in enumerate(phrases):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "|" and depth == 0:
            choices.append(phrases[start:index])
            start = index + 1
    return [*choices, phrases[start:]]


_STRONG = (
    # English
    r"sign ?in|sign ?up|log ?in|log ?out|password|username|this field is required|required field"
    r"|e-?mail address|valid e-?mail|subscribe|subscribers?|subscription|newsletters?|cookies?"
    r"|privacy policy|privacy notice|terms of (?:use|service)|terms and conditions|all rights reserved"
    r"|share on (?:\w+)|share this|follow us|post a comment|leave a comment|comments? (?:are|is) closed"
    r"|click here|show ?hide|skip to (?:main )?content|back to top|enable javascript|profile picture"
    r"|read more|most (?:read|popular|viewed)|related (?:articles|stories|content)|advertisement"
    r"|download (?:the|our) app|at least \d+ characters"
    # French
    r"|se connecter|connectez-vous|connexion|déconnexion|s'inscrire|inscrivez-vous|inscription"
    r"|mot de passe|identifiant|adresse e-?mail|adresse électronique|champ obligatoire"
    r"|s'abonner|abonnez-vous|abonnés?|abonnement|lettre d'information|politique de confidentialité"
    r"|conditions générales|mentions légales|tous droits réservés|partager sur|suivez-nous"
    r"|réagir|réagissez|commentaires?|lire aussi|lire la suite|voir aussi|publicité|les plus lus"
    r"|nos journaux|les sites du groupe|nos sites|cliquez ici"
    # German
    r"|anmelden|abmelden|registrieren|registrierung|passwort|kennwort|benutzername|pflichtfeld"
    r"|abonnieren|abonnement|datenschutzerklärung|datenschutz|nutzungsbedingungen|impressum"
    r"|alle rechte vorbehalten|teilen auf|kommentare?|weiterlesen|mehr zum thema|anzeige"
    # Danish (and close enough for Norwegian and Swedish)
    r"|log ind|log ud|logge ind|adgangskode|kodeord|brugernavn|tilmeld|tilmelding|abonnér|abonnement"
    r"|nyhedsbrev|privatlivspolitik|handelsbetingelser|del på|kommentarer?|læs også|læs mere|annonce"
    # Spanish
    r"|iniciar sesión|inicia sesión|cerrar sesión|regístrate|registrarse|contraseña|nombre de usuario"
    r"|campo obligatorio|suscríbete|suscribirse|suscripción|boletín|política de privacidad"
    r"|aviso legal|términos y condiciones|todos los derechos reservados|compartir en|comentarios?"
    r"|leer más|lea también|publicidad"
    # Italian
    r"|accedi|registrati|iscriviti|password dimenticata|nome utente|campo obbligatorio|abbonati"
    r"|abbonamento|informativa sulla privacy|termini e condizioni|tutti i diritti riservati"
    r"|condividi su|commenti|leggi anche|pubblicità"
    # Portuguese
    r"|iniciar sessão|cadastre-se|inscreva-se|senha|nome de usuário|campo obrigatório"
    r"|assine|assinatura|política de privacidade|termos de uso|todos os direitos reservados"
    r"|compartilhar|partilhar|comentários?|leia também|leia mais|publicidade"
    # Dutch
    r"|inloggen|uitloggen|aanmelden|registreren|wachtwoord|gebruikersnaam|verplicht veld"
    r"|abonneer|abonnement|nieuwsbrief|privacybeleid|algemene voorwaarden|alle rechten voorbehouden"
    r"|delen op|reacties?|lees ook|lees meer|advertentie"
)

_WEAK = (
    r"account|e-?mail|register|vote|voting|voted|share|follow|comments?|profile|upload|browser"
    r"|notif(?:y|ied|ications?)|updates|please|veuillez|bitte|venligst|vennligst|vänligen|por favor"
    r"|per favore|alstublieft"
    r"|verify|verification|form|button|link|details|characters|premium|join|postcode|forgot(?:ten)?"
    r"|compte|courriel|voter|partager|formulaire|bouton|appareil"
    r"|konto|teilen|formular|knopf|stemme|knap"
    r"|cuenta|correo|votar|formulario|botón|enlace"
    r"|conto|votare|modulo|pulsante|collegamento"
    r"|conta|formulário|botão"
    r"|stemmen|formulier|knop"
)

_SITE = (
    r"blogs?|javascript|flash player|copyright|moderat(?:ors?|ion|ed)|transcripts?|feeds?|rss|editorial staff"
    r"|this (?:page|site|website|blog|content|media|copy|discussion|entry|video|story|article)"
    r"|our (?:[\w-]+ ){0,2}(?:site|website|articles?|stories|graphics|coverage|reporters|journalists|page|videos?)"
    r"|notre site|ce site|cet article|nos articles|nos journalistes|unsere seite|dieser artikel"
)

_FURNITURE = re.compile(
    rf"(?<!\w)(?:(?P<strong>{_choices(_STRONG)})|(?P<weak>{_choices(_WEAK)})|(?P<site>{_choices(_SITE)}))(?!\w)"
)


def furniture_words(lowered: str) -> Counter[str]:
    """How many ``strong``, ``weak`` and ``site`` phrases a lower-cased line holds, in one scan."""
    found: Counter[str] = Counter()
    for strong, weak, _site in _FURNITURE.findall(lowered):
        found["strong" if strong else "weak" if weak else "site"] += 1
    return found


# Web and Twitter addresses ("washingtonpost.com", "@suzyji") name the site too; apart
# from the site phrases because a word-start pattern for them would slow every line down.
SITE_ADDRESS = re.compile(r"\w\.(?:com|co\.uk|org|net)(?!\w)|(?<!\w)@\w")

# A line opening with one of these verbs is a call to the reader: "View how tourism is at risk."
PROMPT = re.compile(
    r"^(?:click|tap|view|watch|see|explore|read|get|share|tell|take|follow|join|send|find|listen|browse"
    r"|check|download|visit|discover|submit|contact|cliquez|consultez|découvrez|retrouvez|suivez|lisez"
    r"|partagez|téléchargez|regardez|klicken|lesen|sehen)\b"
)

# Second person and "please": furniture talks to the reader, news reports on others.
# Per language, because "du" is "you" in Danish and German but "of the" in French.
_ENGLISH_ADDRESS = _alternation(r"you|your|you're|you've|you'll|yours|please")
ADDRESS: dict[str, re.Pattern[str]] = {
    "English": _ENGLISH_ADDRESS,
    "French": _alternation(r"vous|votre|vos|veuillez|s'il vous plaît|tu|ton|ta|tes"),
    "German": _alternation(r"sie|ihr|ihre|ihren|bitte|du|dein|deine"),
    "Danish": _alternation(r"du|din|dit|dine|venligst|tak"),
    "Norwegian_Bokmal": _alternation(r"du|din|ditt|dine|vennligst"),
    "Swedish": _alternation(r"du|din|ditt|dina|vänligen"),
    "Spanish": _alternation(r"usted|tu|tus|por favor|te"),
    "Italian": _alternation(r"tu|tuo|tua|tuoi|per favore"),
    "Portuguese": _alternation(r"você|seu|sua|por favor"),
    "Dutch": _alternation(r"u|uw|jij|jouw|je|alstublieft"),
}


def address_pattern(language: str | None) -> re.Pattern[str]:
    """Reader-address words of a jusText language name; English ones (common on any site) otherwise."""
    return ADDRESS.get(language or "", _ENGLISH_ADDRESS)


BYLINE = re.compile(
    r"^(?:[Bb]y|[Pp]ar|[Vv]on|[Aa]f|[Pp]or|[Dd]i|[Dd]oor)\s+[A-ZÀ-Ý]\S*(?:\s+\S+){0,12}$"
    r"|^(?i:updated|published|posted|last updated)\b"
    r"|(?i:publié le|mis à jour le|aktualisiert am|veröffentlicht am|opdateret|publiceret"
    r"|actualizado|publicado el|aggiornato|pubblicato|atualizado|bijgewerkt|gepubliceerd)\b"
    r"|(?i:temps de lecture|reading time|lesezeit|læsetid|min read|\d+ min\.?$)",
)
"""Bylines, update stamps and reading times: page metadata, not article text."""

COMMENT_STAMP = re.compile(
    r"(?<!\w)(?:\w+\.?\s+)?\d{1,2}\.?\s*,?\s+(?:\w+\.?\s+)?(?:\d{4}|\d{1,2}:\d{2})\W{0,3}"
    r"(?:\w{1,3}\.?\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?[^|\w]{0,3}\|"
    r"|(?i:posted by|publié par|publicado por|gepostet von|skrevet af|scritto da)\s*:"
    r"|\|\s*(?i:reply|report abuse|répondre|signaler un abus|antworten|svar|responder|rispondi)\b",
)
"""A reader's comment: its date-and-time stamp before a "|" (wherever a page's
sentence split left it), its poster, its Reply link.

Comments are readers' views, not the report; left in, their stamps date
them like news ("March 24, 2011 at 9:54 am | Why not...").
"""

CREDIT_WORDS = _alternation(
    r"ap|afp|reuters|getty(?: images)?|epa|dpa|efe|ansa|anp|ritzau|lusa|xinhua|pa|tass|ria novosti"
    r"|photo|foto|photograph|crédit|credit|image|bild|picture|©|copyright|news|images|file"
)
"""Names of picture and wire agencies and credit words, for credit-only lines."""
