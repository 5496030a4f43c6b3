# _string: the two parsing helpers CPython's string.Formatter imports from its
# C module _string. Written for mpsandbox; behaviour follows CPython 3.11
# (Objects/stringlib/unicode_format.h): the same tuples, the same
# ValueError messages. Covers formatter_parser and
# formatter_field_name_split; nothing else is in CPython's _string.


def formatter_parser(s):
    # Yields (literal_text, field_name, format_spec, conversion) as CPython's
    # MarkupIterator does; a doubled brace ends a literal (keeping one brace).
    # Validated eagerly (CPython raises on reaching the bad part; callers
    # iterate fully, so only the timing differs).
    out = []
    i, n = 0, len(s)
    while i < n:
        start = i
        c = ""
        while i < n:
            c = s[i]
            i += 1
            if c == "{" or c == "}":
                break
        else:
            out.append((s[start:i], None, None, None))
            break
        if c == "}" and (i >= n or s[i] != "}"):
            raise ValueError("Single '}' encountered in format string")
        if i >= n:
            raise ValueError("Single '{' encountered in format string")
        if s[i] == c:
            out.append((s[start:i], None, None, None))
            i += 1
            continue
        literal = s[start:i - 1]
        # The field name ends at '}', ':' or '!'; '[...]' may hold any of them.
        fstart = i
        c = ""
        while i < n:
            c = s[i]
            i += 1
            if c == "{":
                raise ValueError("unexpected '{' in field name")
            if c == "[":
                while i < n and s[i] != "]":
                    i += 1
                continue
            if c in "}:!":
                break
        name = s[fstart:i - 1] if c in "}:!" else s[fstart:i]
        conversion = None
        spec = ""
        if c == "!" or c == ":":
            if c == "!":
                if i >= n:
                    raise ValueError("end of string while looking for conversion specifier")
                conversion = s[i]
                i += 1
                if i < n:
                    c = s[i]
                    i += 1
                    if c == "}":
                        out.append((literal, name, spec, conversion))
                        continue
                    if c != ":":
                        raise ValueError("expected ':' after conversion specifier")
            sstart = i
            depth = 1
            while i < n:
                c = s[i]
                i += 1
                if c == "{":
                    depth += 1
                elif c == "}":
                    depth -= 1
                    if depth == 0:
                        break
            if depth:
                raise ValueError("unmatched '{' in format spec")
            spec = s[sstart:i - 1]
        elif c != "}":
            raise ValueError("expected '}' before end of string")
        out.append((literal, name, spec, conversion))
    return iter(out)


def _index(key):
    return int(key) if key and key.isdigit() and key.isascii() else key


def formatter_field_name_split(name):
    # 'a.b[0]' -> ('a', iterator of (True, 'b'), (False, 0)); all-digit parts are ints.
    i, n = 0, len(name)
    while i < n and name[i] not in ".[":
        i += 1
    first = _index(name[:i])
    rest = []
    while i < n:
        c = name[i]
        i += 1
        start = i
        if c == ".":
            while i < n and name[i] not in ".[":
                i += 1
            key = name[start:i]
            is_attr = True
        elif c == "[":
            while i < n and name[i] != "]":
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            key = _index(name[start:i])
            i += 1
            is_attr = False
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        if key == "":
            raise ValueError("Empty attribute in format string")
        rest.append((is_attr, key))
    return first, iter(rest)
