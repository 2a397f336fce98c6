"""Words of web-page furniture, in several languages.

These are the words of the page around an article, not of news: forms,
accounts, comments, subscriptions, cookie and terms notices, share buttons,
bylines and datelines. Strong phrases are almost never news prose; weak
words are common in news too ("vote", "account") and only count on a line
that also speaks to the reader (``ADDRESS``). Site phrases talk about the
page or outlet itself ("this blog", "our reporters") and ``PROMPT`` verbs
open a call to the reader ("Explore all of our graphics"): neither is
clutter alone, but either makes a repeated sentence or a line that speaks
to the reader one; those where the page names itself ("this post",
"notre dossier") also make a short opening or closing paragraph a note
about the post. :func:`furniture_words` counts the kinds of phrases.
Matching is on lower-cased text.
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

_SITE = r"blogs?|javascript|flash player|copyright|moderat(?:ors?|ion|ed)|transcripts?|feeds?|rss|editorial staff"

# The page speaking of itself, with "this" or "our": news may name a blog or a feed, but not "this post".
_OWN = (
    r"this (?:page|site|website|blog|content|media|copy|discussion|entry|video|story|article)"
    r"|our (?:[\w-]+ ){0,2}(?:site|website|articles?|stories|graphics|coverage|reporters|journalists|page|videos?)"
    r"|notre site|ce site|cet article|nos articles|nos journalistes|unsere seite|dieser artikel"
    # A post telling which of the outlet's series it belongs to ("This post is part of our special
    # coverage", "Ce billet fait partie de notre dossier"): the series' name varies, the frame does not.
    r"|this post|ce billet|notre (?:[\w-]+ ){0,2}(?:dossier|couverture)|dieser beitrag"
    r"|unsere[rn]? (?:[\w-]+ ){0,2}(?:berichterstattung|serie|dossier)|este (?:artículo|artigo|post)"
    r"|nuestra (?:[\w-]+ ){0,2}(?:cobertura|serie)|nossa (?:[\w-]+ ){0,2}(?:cobertura|série)"
    r"|questo articolo|nostro (?:[\w-]+ ){0,2}(?:dossier|speciale)|denne artikel|dette indlæg"
    r"|den här artikeln|dit artikel|onze (?:[\w-]+ ){0,2}(?:verslaggeving|dossier)"
)

_FURNITURE = re.compile(
    rf"(?<!\w)(?:(?P<strong>{_choices(_STRONG)})|(?P<weak>{_choices(_WEAK)})|(?P<site>{_choices(_SITE)})"
    rf"|(?P<own>{_choices(_OWN)}))(?!\w)"
)


def furniture_words(lowered: str) -> Counter[str]:
    """How many ``strong``, ``weak``, ``site`` and ``own`` (the page naming itself) phrases a lower-cased
    line holds, in one scan."""
    found: Counter[str] = Counter()
    for strong, weak, site, _own in _FURNITURE.findall(lowered):
        found["strong" if strong else "weak" if weak else "site" if site else "own"] += 1
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

_TIME = r"\d{1,2}[:.h]\d{2}(?:\s*(?i:[ap]\.?m\.?))?"
_DATE = r"(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?|(?:\w+\.?\s+)?\d{1,2}(?:er|st|nd|rd|th)?\.?\s*,?\s+(?:\w+\.?,?\s+)?\d{4})"
# "1 août 2013 14h48", "March 24 , 2011 at 9:54 am", "12/03/2011 à 14h05", "6:32 pm on 02 Jun 2009".
# The lookahead (a number, or a word and a number) spares the full pattern at most words of a line.
_WHEN = (
    rf"(?<!\w)(?=\d|\w+\.?\s+\d)"
    rf"(?:{_DATE}\W{{0,3}}(?:\w{{1,4}}\.?\s+)?{_TIME}|{_TIME}\W{{0,3}}(?:\w{{1,4}}\.?\s+)?{_DATE})(?!\w)"
)

_POSTER = "posted by|posté par|publié par|publicado por|gepostet von|skrevet af|scritto da|réponse de|reply from"

COMMENT_STAMP = re.compile(
    r"(?<!\w)(?:\w+\.?\s+)?\d{1,2}\.?\s*,?\s+(?:\w+\.?\s+)?(?:\d{4}|\d{1,2}:\d{2})\W{0,3}"
    r"(?:\w{1,3}\.?\s+)?\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?[^|\w]{0,3}\|"
    rf"|\|\s*{_WHEN}"
    rf"|^{_WHEN}\s+[-–—]\s*\S+(?:\s\S+){{0,2}}$"
    rf"|{_WHEN}\s*,?\s+\S+(?:\s\S+){{0,2}}\s+(?i:wrote|a écrit|schrieb|escribió|ha scritto|escreveu|skrev)\s*:"
    rf"|(?<!\w)(?i:{_choices(_POSTER)})"
    rf"(?:\s*:|\s+\S+(?:\s\S+){{0,3}}?\s+(?:(?i:on|le|am|el|il|em|den|at|à)\s+)?{_WHEN})"
    r"|\|\s*(?i:reply|report abuse|répondre|signaler un abus|antworten|svar|responder|rispondi)\b",
)
"""A reader's comment: its date-and-time stamp before a "|" (wherever a page's
sentence split left it) or after a pseudonym and "|" ("Nandilaure | 1 août
2013 14h48"), a listing's "15/09 15:06 - pseudonym", a blog's "At 6:32 pm on
02 Jun 2009, RoastDuck wrote:", its poster with the date and time ("Posted
by Hanf on April 2, 2005 11:42 PM", "Réponse de X le 12/03/2011 à 14h05"),
its Reply link.

Comments are readers' views, not the report; left in, their stamps date
them like news ("March 24, 2011 at 9:54 am | Why not...").
"""

_COMMENT_NOUNS = (
    r"commentaires?|réactions?|comments?|responses?|replies|kommentare?|leserkommentare|kommentarer"
    r"|comentarios?|respuestas|commenti|risposte|comentários?|respostas"
)

# "38 commentaires à « ... »", "4 réactions à cet article", "12 Responses to “...”", "Comments (12)".
_COMMENT_COUNT = (
    rf"^\d+\s+(?:{_COMMENT_NOUNS})\s*(?:$|[|(:]|(?:à|sur|to|on|zu|a|em|til|på)\s*[«\"“„']"
    r"|(?:à|sur|to|on|zu|zum|a|em|til|på)\s+(?:cet|ce|this|diesem|dieses|este|esta|questo|questa|denne|dette)\s)"
    rf"|^(?:{_COMMENT_NOUNS})\s*\(\d+\)$"
)

# Short lines: "Commentaires", "Vos réactions" (but not "Réactions", an article's subheading),
# "Réagir à cet article", "Leave a Reply", "Laisser un commentaire Annuler la réponse",
# "Kommentar schreiben", "Deja un comentario".
_COMMENT_LABEL = (
    r"^(?:(?:les|tous les|voir les|lire les|all|view|show|read|alle|los|i|os|læsernes)\s+)?"
    r"(?:commentaires|comments|kommentare|leserkommentare|kommentarer|comentarios|commenti|comentários)\s*:?$"
    r"|^(?:vos|your|reader|readers'?|ihre|deine|sus|tus|i vostri|os seus|seus|dine|jeres)\s+"
    rf"(?:{_COMMENT_NOUNS})\s*:?$"
    r"|^(?:réagir|réagissez|commenter|commentez|kommentieren|comentar|commenta|comente|kommentér|kommenter)"
    r"(?:\s+(?:à\s+)?(?:cet article|ce billet|this (?:article|story|post)))?\s*:?$"
    r"|^(?:laisser|laissez|ajouter|ajoutez|écrire|écrivez|poster|postez|publier|déposer|donnez|leave|post|add|write"
    r"|submit|join|hinterlassen|schreiben|verfassen|deja|escribe|añade|publica|lascia|scrivi|aggiungi|deixe|escreva"
    r"|adicione|skriv|tilføj)\s+(?:un|une|votre|ton|a|your|the|einen|ihren|deinen|tu|su|um|seu|sua|en|din)\s+"
    r"(?:commentaire|réaction|réponse|avis|comment|reply|response|discussion|conversation|kommentar|comentario"
    r"|respuesta|commento|risposta|comentário|resposta)\b"
    r"|^kommentar (?:schreiben|verfassen|abgeben|hinzufügen)\b"
)


def _moderated(comments: str, are: str, moderated: str) -> str:
    """A moderation rule in one language: "comments [up to six words] are [two words] moderated"."""
    return rf"{comments} (?:[\w'-]+ ){{0,6}}(?:{are}) (?:\w+ ){{0,2}}{moderated}"


# Sentences of comment forms and moderation rules, in the page's own voice.
_COMMENT_NOTICE = "|".join(
    [
        r"adresse (?:de messagerie|e-?mail|électronique|courriel|mail) ne sera pas (?:publiée|affichée)",
        r"(?:soumettre|poster|publier|envoyer) (?:votre|un) commentaire|(?:texte|titre) du commentaire est obligatoire",
        _moderated("commentaires?", "sont|seront|est|sera|soient", "modérés?"),
        r"e-?mail address will not be published|you can leave a response",
        r"(?:logged in|log in|sign in|register) to (?:post a )?comment",
        _moderated("comments?", "are|is|will be|may be", "moderated"),
        r"e-?mail-?adresse wird nicht veröffentlicht",
        _moderated("kommentare", "werden|sind", "moderiert"),
        r"correo electrónico no (?:será|se) publicad",
        _moderated("comentarios", "son|están|serán", "moderados"),
        r"indirizzo (?:e-?mail|di posta) non sarà pubblicato",
        _moderated("commenti", "sono|vengono|saranno", "moderati"),
        r"e-?mail não será publicado",
        _moderated("comentários", "são|estão|serão", "moderados"),
        r"e-?mail(?:adresse)? (?:vil|bliver) ikke (?:blive )?(?:publiceret|offentliggjort|vist)",
        _moderated("kommentarer", "bliver|vil blive", "modereret"),
    ]
)

COMMENT_SECTION = re.compile(
    rf"(?P<count>{_COMMENT_COUNT})|(?P<label>{_COMMENT_LABEL})|(?<!\w)(?P<notice>{_choices(_COMMENT_NOTICE)})"
)
"""What opens a comment section, matched on a lower-cased line: a count of
comments, a short label or form title, or a form or moderation notice.

Readers' comments are prose like the article, so line tests keep them; a
section's heading says where they start. A label counts only as a whole
short line and a notice only in the page's own voice (see
:attr:`~storyline.clean.lines.Line.opens_comments`): "Post a comment below
or sound off on video" closes a live-blog post, not the page.
"""

COMMENT_REPLY = re.compile(
    r"(?<!\w)(?:mon|mes|my|mein|meinen|meinem|mi|mis|mio|miei|meu|meus|min|mine)\s+(?:[\w-]+\s+)?"
    r"(?:commentaires?|comments?|kommentars?|kommentare|comentarios?|commento|commenti|comentários?|kommentarer)(?!\w)"
    r"|en réponse (?:au|à votre|à ton) commentaire|in reply to (?:the |your )?comment"
    r"|als antwort auf (?:den|ihren|deinen) kommentar|en respuesta al comentario|in risposta al commento"
    r"|em resposta ao comentário|som svar på (?:din |en )?kommentar"
)
"""A reader speaking of their own comment or answering another's ("mon
dernier commentaire", "X en réponse au commentaire de Y"), matched outside
quotations. The page speaks of "your comment", never of "my comment"."""

CREDIT_WORDS = _alternation(
    r"ap|afp|reuters|getty(?: images)?|epa|dpa|efe|ansa|anp|ritzau|lusa|xinhua|pa|tass|ria novosti"
    r"|photo|foto|photograph|crédit|credit|image|bild|picture|©|copyright|news|images|file"
)
"""Names of picture and wire agencies and credit words, for credit-only lines."""
