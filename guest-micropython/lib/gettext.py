# gettext: message translation. Written for mpsandbox; behaviour follows
# CPython 3.11 when no catalog is installed, which is always the case here:
# the sandbox ships no .mo files, so every lookup returns its message
# unchanged (ngettext picks by n == 1, as CPython's fallback does).
# Covers gettext, ngettext, pgettext, npgettext and their d*/dn*/dp*/dnp*
# forms, textdomain, bindtextdomain, find (always None), translation (raises
# FileNotFoundError unless fallback=True), install (sets builtins._) and
# NullTranslations (with add_fallback). Argparse and other modules import it.
# Leaves out GNUTranslations (reading .mo catalogs), the deprecated l*gettext
# functions and Catalog.

__all__ = ["NullTranslations", "bindtextdomain",
           "find", "translation", "install", "textdomain", "dgettext",
           "dngettext", "gettext", "ngettext", "pgettext", "dpgettext",
           "npgettext", "dnpgettext"]

_default_localedir = "/usr/share/locale"
_localedirs = {}
_current_domain = "messages"


class NullTranslations:
    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass

    def add_fallback(self, fallback):
        if self._fallback:
            self._fallback.add_fallback(fallback)
        else:
            self._fallback = fallback

    def gettext(self, message):
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        import builtins
        builtins._ = self.gettext
        if names is not None:
            allowed = {"gettext", "ngettext", "npgettext", "pgettext"}
            for name in allowed.intersection(names):
                setattr(builtins, name, getattr(self, name))


def find(domain, localedir=None, languages=None, all=False):
    # No catalogs exist in the sandbox.
    return [] if all else None


def translation(domain, localedir=None, languages=None, class_=None,
                fallback=False):
    if fallback:
        return NullTranslations()
    raise FileNotFoundError(2, "No translation file found for domain", domain)


def install(domain, localedir=None, *, names=None):
    translation(domain, localedir, fallback=True).install(names)


def textdomain(domain=None):
    global _current_domain
    if domain is not None:
        _current_domain = domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, _default_localedir)


def dgettext(domain, message):
    return message


def dngettext(domain, msgid1, msgid2, n):
    return msgid1 if n == 1 else msgid2


def dpgettext(domain, context, message):
    return message


def dnpgettext(domain, context, msgid1, msgid2, n):
    return msgid1 if n == 1 else msgid2


def gettext(message):
    return message


def ngettext(msgid1, msgid2, n):
    return msgid1 if n == 1 else msgid2


def pgettext(context, message):
    return message


def npgettext(context, msgid1, msgid2, n):
    return msgid1 if n == 1 else msgid2
