/* cleaner._core: the per-line work of building a page, compiled.

   A port of the pure-Python reference, which stays the specification and the fallback (see
   cleaner/native.py): every function here names the Python function it stands for and gives the same
   result on every str. It works on Python str objects through the C API, so the Unicode semantics are
   Python's own: Py_UNICODE_ISSPACE is what `\s` and `str.split()` test, Py_UNICODE_ISALNUM || '_' what
   the standard library's `\w` tests, Py_UNICODE_ISDECIMAL its `\d`; case mapping (`str.lower`,
   `str.casefold`, with their context rules such as the final sigma) is done by calling the str
   methods themselves.

   Fallbacks to the Python implementation, where identity in C would cost more than it gains:
   - the tokens of a line that holds a CJK character (the `regex` module's script properties and word
     class decide them): the caller passes `language.tokens`, which is called for such lines;
   - the framing characters that `lexicon.normalise` strips from a line's edges come from Python's
     Unicode database through `lexicon` (set_framing), not from a table of their own here. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <string.h>

/* ------------------------------------------------------------------ character classes */

#define MAX_CODEPOINT 0x110000

/* lexicon.EDGE_RUN's class (set once by lexicon through set_framing). */
static unsigned char framing_bits[MAX_CODEPOINT / 8];
static int framing_set = 0;

static inline int is_framing(Py_UCS4 c) { return (framing_bits[c >> 3] >> (c & 7)) & 1; }

/* re's `\w` on str. */
static inline int is_word(Py_UCS4 c) { return Py_UNICODE_ISALNUM(c) || c == '_'; }

/* language.CJK_CHAR: Han, kana and Hangul (main blocks). */
static inline int is_cjk(Py_UCS4 c) {
    return (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf)
        || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff)
        || (c >= 0x20000 && c <= 0x2fa1f);
}

/* page.EDGE_SPACE: Unicode whitespace (all of it lies below U+3001) and three zero-width characters. */
static inline int is_edge_space(Py_UCS4 c) {
    return Py_UNICODE_ISSPACE(c) || c == 0xfeff || c == 0x200b || c == 0x2060;
}

/* page.SENTENCE_MARKS */
static inline int is_sentence_mark(Py_UCS4 c) {
    switch (c) {
    case '.': case '!': case '?': case 0x2026: case ':': case ';': case 0x3002: case 0xff01: case 0xff1f:
    case 0xff1b:
        return 1;
    }
    return 0;
}

/* page.CLOSERS */
static inline int is_closer(Py_UCS4 c) {
    switch (c) {
    case '"': case '\'': case 0x201d: case 0x2019: case 0xbb: case ')': case ']': case 0xff09: case 0x300d:
    case 0x300f:
        return 1;
    }
    return 0;
}

/* page.SEPARATORS, first class: counted wherever they stand. */
static inline int is_menu_mark(Py_UCS4 c) {
    switch (c) {
    case '|': case 0xbb: case 0x203a: case 0xb7: case 0x2022: case '>': case '<': case 0xab: case 0x2039:
        return 1;
    }
    return 0;
}

/* page.SEPARATORS, second class: counted between whitespace only. */
static inline int is_spaced_mark(Py_UCS4 c) {
    return c == '/' || c == '\\' || c == '-' || c == 0x2013 || c == 0x2014;
}

/* page.CODE_CHAR */
static inline int is_code_char(Py_UCS4 c) {
    switch (c) {
    case '{': case '}': case '(': case ')': case ';': case '=': case '<': case '>': case '[': case ']':
        return 1;
    }
    return 0;
}

/* A str's characters, read by index. */
typedef struct {
    int kind;
    const void *data;
    Py_ssize_t len;
} Chars;

static inline Chars chars_of(PyObject *s) {
    Chars c = {PyUnicode_KIND(s), PyUnicode_DATA(s), PyUnicode_GET_LENGTH(s)};
    return c;
}

#define AT(ch, i) PyUnicode_READ((ch).kind, (ch).data, (i))

static inline int starts_with_ascii(Chars t, Py_ssize_t i, const char *lit) {
    Py_ssize_t n = (Py_ssize_t)strlen(lit);
    if (i + n > t.len)
        return 0;
    for (Py_ssize_t k = 0; k < n; k++)
        if (AT(t, i + k) != (Py_UCS4)(unsigned char)lit[k])
            return 0;
    return 1;
}

static PyObject *str_lower;     /* "lower" */
static PyObject *str_casefold;  /* "casefold" */

/* ------------------------------------------------------------------ lines */

/* page.split_lines, each line right-stripped of page.EDGE_SPACE (``raw``) and then left-stripped too
   (``stripped``), as page.build makes them. Returns (raw, stripped). */
static PyObject *split_strip(PyObject *self, PyObject *text) {
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "split_strip() needs a str");
        return NULL;
    }
    Chars t = chars_of(text);
    PyObject *raw = PyList_New(0), *stripped = PyList_New(0);
    if (raw == NULL || stripped == NULL)
        goto fail;
    Py_ssize_t start = 0;
    for (;;) {
        Py_ssize_t end = start;
        while (end < t.len) {
            Py_UCS4 c = AT(t, end);
            if (c == '\n' || c == '\r')
                break;
            end++;
        }
        Py_ssize_t right = end;
        while (right > start && is_edge_space(AT(t, right - 1)))
            right--;
        Py_ssize_t left = start;
        while (left < right && is_edge_space(AT(t, left)))
            left++;
        PyObject *r = PyUnicode_Substring(text, start, right);
        if (r == NULL)
            goto fail;
        int bad = PyList_Append(raw, r);
        if (!bad) {
            PyObject *s = left == start ? (Py_INCREF(r), r) : PyUnicode_Substring(text, left, right);
            bad = s == NULL || PyList_Append(stripped, s);
            Py_XDECREF(s);
        }
        Py_DECREF(r);
        if (bad)
            goto fail;
        if (end >= t.len)
            break;
        if (AT(t, end) == '\r' && end + 1 < t.len && AT(t, end + 1) == '\n')
            end++;
        start = end + 1;
    }
    return Py_BuildValue("(NN)", raw, stripped);
fail:
    Py_XDECREF(raw);
    Py_XDECREF(stripped);
    return NULL;
}

/* ------------------------------------------------------------------ tokens */

/* language.spaced_tokens as a tuple: the runs of `\w` in text.lower(). */
static PyObject *spaced_tokens_of(PyObject *text) {
    PyObject *low = PyObject_CallMethodNoArgs(text, str_lower);
    if (low == NULL)
        return NULL;
    Chars t = chars_of(low);
    Py_ssize_t n = 0;
    for (Py_ssize_t i = 0; i < t.len;) {
        if (is_word(AT(t, i))) {
            n++;
            while (i < t.len && is_word(AT(t, i)))
                i++;
        } else {
            i++;
        }
    }
    PyObject *out = PyTuple_New(n);
    if (out == NULL) {
        Py_DECREF(low);
        return NULL;
    }
    Py_ssize_t k = 0;
    for (Py_ssize_t i = 0; i < t.len;) {
        if (is_word(AT(t, i))) {
            Py_ssize_t j = i;
            while (j < t.len && is_word(AT(t, j)))
                j++;
            PyObject *tok = (i == 0 && j == t.len) ? (Py_INCREF(low), low) : PyUnicode_Substring(low, i, j);
            if (tok == NULL) {
                Py_DECREF(out);
                Py_DECREF(low);
                return NULL;
            }
            PyTuple_SET_ITEM(out, k++, tok);
            i = j;
        } else {
            i++;
        }
    }
    Py_DECREF(low);
    return out;
}

static int has_cjk(PyObject *text) {
    if (PyUnicode_KIND(text) == PyUnicode_1BYTE_KIND)
        return 0;
    Chars t = chars_of(text);
    for (Py_ssize_t i = 0; i < t.len; i++)
        if (is_cjk(AT(t, i)))
            return 1;
    return 0;
}

/* The tokens of text as page.build takes them: language.tokens on a page with a CJK character
   (``fallback`` is called for the lines that hold one), language.spaced_tokens otherwise. */
static PyObject *tokens_of_line(PyObject *text, int page_has_cjk, PyObject *fallback) {
    if (page_has_cjk && has_cjk(text)) {
        PyObject *list = PyObject_CallOneArg(fallback, text);
        if (list == NULL)
            return NULL;
        PyObject *tup = PySequence_Tuple(list);
        Py_DECREF(list);
        return tup;
    }
    return spaced_tokens_of(text);
}

/* tokens_of(texts, page_has_cjk, fallback) -> {text: tuple of tokens} for every distinct text. */
static PyObject *tokens_of(PyObject *self, PyObject *args) {
    PyObject *texts, *fallback;
    int page_has_cjk;
    if (!PyArg_ParseTuple(args, "OpO", &texts, &page_has_cjk, &fallback))
        return NULL;
    PyObject *it = PyObject_GetIter(texts);
    if (it == NULL)
        return NULL;
    PyObject *out = PyDict_New(), *text;
    if (out == NULL) {
        Py_DECREF(it);
        return NULL;
    }
    while ((text = PyIter_Next(it)) != NULL) {
        int seen = PyDict_Contains(out, text);
        PyObject *toks = NULL;
        if (seen == 0 && PyUnicode_Check(text))
            toks = tokens_of_line(text, page_has_cjk, fallback);
        else if (seen == 0)
            PyErr_SetString(PyExc_TypeError, "tokens_of() needs str lines");
        int bad = seen < 0 || (seen == 0 && (toks == NULL || PyDict_SetItem(out, text, toks) < 0));
        Py_XDECREF(toks);
        Py_DECREF(text);
        if (bad) {
            Py_DECREF(it);
            Py_DECREF(out);
            return NULL;
        }
    }
    Py_DECREF(it);
    if (PyErr_Occurred()) {
        Py_DECREF(out);
        return NULL;
    }
    return out;
}

/* ------------------------------------------------------------------ normalise */

/* lexicon.normalise: case-folded, "i" + combining dot above made "i", framing characters stripped from
   both edges (only when the edge character is no letter or digit), runs of whitespace made one space. */
static PyObject *normalise_str(PyObject *text) {
    PyObject *folded = PyObject_CallMethodNoArgs(text, str_casefold);
    if (folded == NULL)
        return NULL;
    Chars f = chars_of(folded);
    Py_UCS4 *buf = PyMem_Malloc((f.len + 1) * sizeof(Py_UCS4));
    if (buf == NULL) {
        Py_DECREF(folded);
        return PyErr_NoMemory();
    }
    Py_ssize_t n = 0;
    for (Py_ssize_t i = 0; i < f.len; i++) {
        Py_UCS4 c = AT(f, i);
        buf[n++] = c;
        if (c == 'i' && i + 1 < f.len && AT(f, i + 1) == 0x307)
            i++;
    }
    Py_DECREF(folded);
    Py_ssize_t left = 0, right = n;
    if (n && !Py_UNICODE_ISALNUM(buf[0]))
        while (left < right && is_framing(buf[left]))
            left++;
    if (right > left && !Py_UNICODE_ISALNUM(buf[right - 1]))
        while (right > left && is_framing(buf[right - 1]))
            right--;
    Py_ssize_t m = 0;
    for (Py_ssize_t i = left; i < right;) {
        if (Py_UNICODE_ISSPACE(buf[i])) {
            while (i < right && Py_UNICODE_ISSPACE(buf[i]))
                i++;
            if (m && i < right)
                buf[m++] = ' ';
        } else {
            buf[m++] = buf[i++];
        }
    }
    PyObject *out = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, buf, m);
    PyMem_Free(buf);
    return out;
}

static PyObject *normalise(PyObject *self, PyObject *text) {
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "normalise() needs a str");
        return NULL;
    }
    if (!framing_set) {
        PyErr_SetString(PyExc_RuntimeError, "normalise() before set_framing()");
        return NULL;
    }
    return normalise_str(text);
}

/* set_framing(ranges): the (first, last) code point ranges of lexicon.EDGE_RUN's class. */
static PyObject *set_framing(PyObject *self, PyObject *ranges) {
    PyObject *seq = PySequence_Fast(ranges, "set_framing() needs a sequence of (first, last) pairs");
    if (seq == NULL)
        return NULL;
    memset(framing_bits, 0, sizeof framing_bits);
    for (Py_ssize_t i = 0; i < PySequence_Fast_GET_SIZE(seq); i++) {
        long first, last;
        if (!PyArg_ParseTuple(PySequence_Fast_GET_ITEM(seq, i), "ll", &first, &last)) {
            Py_DECREF(seq);
            return NULL;
        }
        if (first < 0 || last >= MAX_CODEPOINT || first > last) {
            Py_DECREF(seq);
            PyErr_SetString(PyExc_ValueError, "code point range out of bounds");
            return NULL;
        }
        for (long c = first; c <= last; c++)
            framing_bits[c >> 3] |= (unsigned char)(1u << (c & 7));
    }
    Py_DECREF(seq);
    framing_set = 1;
    Py_RETURN_NONE;
}

/* ------------------------------------------------------------------ features */

/* page._terminal */
static int terminal(Chars t) {
    Py_ssize_t end = t.len;
    while (end > 0 && is_closer(AT(t, end - 1)))
        end--;
    return end > 0 && is_sentence_mark(AT(t, end - 1));
}

/* page._word_count */
static Py_ssize_t word_count(Chars t, PyObject *toks, int page_has_cjk) {
    Py_ssize_t ntoks = PyTuple_GET_SIZE(toks);
    if (!page_has_cjk)
        return ntoks;
    Py_ssize_t cjk = 0;
    for (Py_ssize_t i = 0; i < t.len; i++)
        cjk += is_cjk(AT(t, i));
    if (!cjk)
        return ntoks;
    Py_ssize_t spaced = 0;
    for (Py_ssize_t i = 0; i < ntoks; i++) {
        PyObject *tok = PyTuple_GET_ITEM(toks, i);
        spaced += !(PyUnicode_GET_LENGTH(tok) && is_cjk(PyUnicode_READ_CHAR(tok, 0)));
    }
    return spaced + (cjk + 1) / 2;
}

/* page._title_share; -1.0 on error. */
static double title_share(PyObject *text, Chars t, Py_ssize_t words, PyObject *stop) {
    if (words > 40) /* page.TITLE_SCAN_WORDS */
        return 0.0;
    long upper = 0, content = 0;
    for (Py_ssize_t i = 0; i < t.len;) {
        if (Py_UNICODE_ISSPACE(AT(t, i))) {
            i++;
            continue;
        }
        Py_ssize_t j = i;
        while (j < t.len && !Py_UNICODE_ISSPACE(AT(t, j)))
            j++;
        Py_UCS4 first = AT(t, i);
        if (Py_UNICODE_ISALPHA(first)) {
            PyObject *word = PyUnicode_Substring(text, i, j);
            PyObject *low = word ? PyObject_CallMethodNoArgs(word, str_lower) : NULL;
            Py_XDECREF(word);
            if (low == NULL)
                return -1.0;
            int in_stop = PySet_Contains(stop, low);
            Py_DECREF(low);
            if (in_stop < 0)
                return -1.0;
            if (!in_stop) {
                content++;
                upper += Py_UNICODE_ISUPPER(first) ? 1 : 0;
            }
        }
        i = j;
    }
    return content ? (double)upper / (double)content : 0.0;
}

/* len(page.SEPARATORS.findall(t)) */
static Py_ssize_t separators_in(Chars t) {
    Py_ssize_t n = 0;
    for (Py_ssize_t k = 0; k < t.len; k++) {
        Py_UCS4 c = AT(t, k);
        if (is_menu_mark(c))
            n++;
        else if (is_spaced_mark(c) && k >= 1 && k + 1 < t.len && Py_UNICODE_ISSPACE(AT(t, k - 1))
                 && Py_UNICODE_ISSPACE(AT(t, k + 1)))
            n++;
    }
    return n;
}

/* len(page.SEPARATORS.findall(page.URL.sub(" ", text) if "/" in text else text)); -1 on error. */
static Py_ssize_t separators(Chars t) {
    int slash = 0;
    for (Py_ssize_t i = 0; i < t.len && !slash; i++)
        slash = AT(t, i) == '/';
    if (!slash)
        return separators_in(t);
    Py_UCS4 *buf = PyMem_Malloc((t.len + 1) * sizeof(Py_UCS4));
    if (buf == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    Py_ssize_t m = 0;
    for (Py_ssize_t i = 0; i < t.len;) {
        Py_ssize_t p = -1;  /* where the URL's \S+ starts */
        if (starts_with_ascii(t, i, "https://"))
            p = i + 8;
        else if (starts_with_ascii(t, i, "http://"))
            p = i + 7;
        else if (starts_with_ascii(t, i, "www."))
            p = i + 4;
        if (p >= 0 && p < t.len && !Py_UNICODE_ISSPACE(AT(t, p))) {
            while (p < t.len && !Py_UNICODE_ISSPACE(AT(t, p)))
                p++;
            buf[m++] = ' ';
            i = p;
        } else {
            buf[m++] = AT(t, i);
            i++;
        }
    }
    Chars sub = {PyUnicode_4BYTE_KIND, buf, m};
    Py_ssize_t n = separators_in(sub);
    PyMem_Free(buf);
    return n;
}

/* page.CODE_CHAR.search(text) or page.CODE_START.match(text) */
static int code_like(Chars t) {
    for (Py_ssize_t i = 0; i < t.len; i++)
        if (is_code_char(AT(t, i)))
            return 1;
    Py_ssize_t i = 0;
    while (i < t.len && Py_UNICODE_ISSPACE(AT(t, i)))
        i++;
    static const char *starts[] = {"#", "//", "def ", "class ", "return ", "import ", "from ", "for ", "if ",
                                   "else", NULL};
    for (int k = 0; starts[k]; k++)
        if (starts_with_ascii(t, i, starts[k]))
            return 1;
    return 0;
}

/* len(page.CELL_GAP.findall(text)) if "\t" in text or "  " in text else 0 */
static Py_ssize_t cells(Chars t) {
    Py_ssize_t n = 0;
    for (Py_ssize_t i = 0; i + 1 < t.len;) {
        Py_UCS4 c = AT(t, i), d = AT(t, i + 1);
        if (!Py_UNICODE_ISSPACE(c) && (d == '\t' || (d == ' ' && i + 2 < t.len && AT(t, i + 2) == ' '))) {
            Py_ssize_t j = i + 1;
            while (j < t.len && Py_UNICODE_ISSPACE(AT(t, j)))
                j++;
            if (j < t.len) {
                n++;
                i = j;
                continue;
            }
        }
        i++;
    }
    return n;
}

/* page._features(text, stop, toks, page_has_cjk) */
static PyObject *features_of_line(PyObject *text, PyObject *stop, PyObject *toks, int page_has_cjk) {
    Chars t = chars_of(text);
    Py_ssize_t ntoks = PyTuple_GET_SIZE(toks);
    Py_ssize_t spaces = 0, digits = 0;
    int letters = 0;
    for (Py_ssize_t i = 0; i < t.len; i++) {
        Py_UCS4 c = AT(t, i);
        spaces += c == ' ';
        if (Py_UNICODE_ISDECIMAL(c))
            digits++;
        else if (!letters && Py_UNICODE_ISALNUM(c))
            letters = 1;
    }
    Py_ssize_t visible = t.len - spaces;
    Py_ssize_t words = word_count(t, toks, page_has_cjk);
    Py_ssize_t stopwords = 0;
    for (Py_ssize_t i = 0; i < ntoks; i++) {
        int hit = PySet_Contains(stop, PyTuple_GET_ITEM(toks, i));
        if (hit < 0)
            return NULL;
        stopwords += hit;
    }
    double title = title_share(text, t, words, stop);
    if (title < 0)
        return NULL;
    Py_ssize_t seps = separators(t);
    if (seps < 0)
        return NULL;
    PyObject *key = normalise_str(text);
    if (key == NULL)
        return NULL;
    return Py_BuildValue("(OnOndNddnNNnN)", text, words, toks, stopwords,
                         ntoks ? (double)stopwords / (double)ntoks : 0.0, PyBool_FromLong(terminal(t)), title,
                         visible ? (double)digits / (double)visible : 0.0, seps, PyBool_FromLong(letters),
                         PyBool_FromLong(code_like(t)), cells(t), key);
}

/* features_of(toks_of, stop, page_has_cjk) -> {text: page._features(text, stop, toks, page_has_cjk)} for
   every item of the dict ``toks_of``. */
static PyObject *features_of(PyObject *self, PyObject *args) {
    PyObject *toks_of, *stop;
    int page_has_cjk;
    if (!PyArg_ParseTuple(args, "O!O!p", &PyDict_Type, &toks_of, &PyFrozenSet_Type, &stop, &page_has_cjk))
        return NULL;
    if (!framing_set) {
        PyErr_SetString(PyExc_RuntimeError, "features_of() before set_framing()");
        return NULL;
    }
    PyObject *out = PyDict_New(), *text, *toks;
    if (out == NULL)
        return NULL;
    Py_ssize_t pos = 0;
    while (PyDict_Next(toks_of, &pos, &text, &toks)) {
        if (!PyUnicode_Check(text) || !PyTuple_Check(toks)) {
            PyErr_SetString(PyExc_TypeError, "features_of() needs {str: tuple}");
            Py_DECREF(out);
            return NULL;
        }
        PyObject *f = features_of_line(text, stop, toks, page_has_cjk);
        if (f == NULL || PyDict_SetItem(out, text, f) < 0) {
            Py_XDECREF(f);
            Py_DECREF(out);
            return NULL;
        }
        Py_DECREF(f);
    }
    return out;
}

/* lines(line_type, kept, texts, linked, features_of) -> the page's Line tuples, as page.build makes them:
   line_type(n, *features_of[text], parts, share) for (n, parts), text, share in zip(kept, texts, linked).
   Built as the tuple subclass that line_type is, without calling its Python-level __new__. */
static PyObject *lines(PyObject *self, PyObject *args) {
    PyTypeObject *line_type;
    PyObject *kept, *texts, *linked, *feats;
    if (!PyArg_ParseTuple(args, "O!O!O!O!O!", &PyType_Type, &line_type, &PyList_Type, &kept, &PyList_Type, &texts,
                          &PyList_Type, &linked, &PyDict_Type, &feats))
        return NULL;
    if (!PyType_IsSubtype(line_type, &PyTuple_Type)) {
        PyErr_SetString(PyExc_TypeError, "lines() needs a tuple type");
        return NULL;
    }
    Py_ssize_t n = PyList_GET_SIZE(kept);
    if (PyList_GET_SIZE(texts) != n || PyList_GET_SIZE(linked) != n) {
        PyErr_SetString(PyExc_ValueError, "lines() needs lists of one length");
        return NULL;
    }
    PyObject *out = PyTuple_New(n);
    if (out == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *pair = PyList_GET_ITEM(kept, i);
        PyObject *f = PyDict_GetItemWithError(feats, PyList_GET_ITEM(texts, i));
        if (f == NULL || !PyTuple_Check(f) || !PyTuple_Check(pair) || PyTuple_GET_SIZE(pair) != 2) {
            if (!PyErr_Occurred())
                PyErr_SetString(PyExc_ValueError, "lines() needs (number, parts) pairs and every text's features");
            Py_DECREF(out);
            return NULL;
        }
        Py_ssize_t nf = PyTuple_GET_SIZE(f);
        PyObject *line = line_type->tp_alloc(line_type, nf + 3);
        if (line == NULL) {
            Py_DECREF(out);
            return NULL;
        }
        PyObject *item = PyTuple_GET_ITEM(pair, 0);
        Py_INCREF(item);
        PyTuple_SET_ITEM(line, 0, item);
        for (Py_ssize_t k = 0; k < nf; k++) {
            item = PyTuple_GET_ITEM(f, k);
            Py_INCREF(item);
            PyTuple_SET_ITEM(line, k + 1, item);
        }
        item = PyTuple_GET_ITEM(pair, 1);
        Py_INCREF(item);
        PyTuple_SET_ITEM(line, nf + 1, item);
        item = PyList_GET_ITEM(linked, i);
        Py_INCREF(item);
        PyTuple_SET_ITEM(line, nf + 2, item);
        PyTuple_SET_ITEM(out, i, line);
    }
    return out;
}

/* ------------------------------------------------------------------ language evidence */

/* language._stopword_hits(tokens) before it becomes a Counter: {language: hits}, in the order the
   reference builds it (stopwords in order of first occurrence, each one's languages in index order). */
static PyObject *stopword_hits(PyObject *self, PyObject *args) {
    PyObject *tokens, *index;
    if (!PyArg_ParseTuple(args, "OO!", &tokens, &PyDict_Type, &index))
        return NULL;
    PyObject *seq = PySequence_Fast(tokens, "stopword_hits() needs a sequence of tokens");
    if (seq == NULL)
        return NULL;
    PyObject *counts = PyDict_New(), *hits = PyDict_New();
    if (counts == NULL || hits == NULL)
        goto fail;
    for (Py_ssize_t i = 0; i < PySequence_Fast_GET_SIZE(seq); i++) {
        PyObject *tok = PySequence_Fast_GET_ITEM(seq, i);
        int in = PyDict_Contains(index, tok);
        if (in < 0)
            goto fail;
        if (!in)
            continue;
        PyObject *c = PyDict_GetItemWithError(counts, tok);
        if (c == NULL && PyErr_Occurred())
            goto fail;
        PyObject *next = PyLong_FromSsize_t(c ? PyLong_AsSsize_t(c) + 1 : 1);
        if (next == NULL || PyDict_SetItem(counts, tok, next) < 0) {
            Py_XDECREF(next);
            goto fail;
        }
        Py_DECREF(next);
    }
    PyObject *word, *count;
    Py_ssize_t pos = 0;
    while (PyDict_Next(counts, &pos, &word, &count)) {
        PyObject *langs = PyDict_GetItemWithError(index, word);
        if (langs == NULL || !PyTuple_Check(langs)) {
            if (!PyErr_Occurred())
                PyErr_SetString(PyExc_TypeError, "stopword_hits() needs an index of tuples");
            goto fail;
        }
        Py_ssize_t add = PyLong_AsSsize_t(count);
        for (Py_ssize_t k = 0; k < PyTuple_GET_SIZE(langs); k++) {
            PyObject *lang = PyTuple_GET_ITEM(langs, k);
            PyObject *h = PyDict_GetItemWithError(hits, lang);
            if (h == NULL && PyErr_Occurred())
                goto fail;
            PyObject *next = PyLong_FromSsize_t((h ? PyLong_AsSsize_t(h) : 0) + add);
            if (next == NULL || PyDict_SetItem(hits, lang, next) < 0) {
                Py_XDECREF(next);
                goto fail;
            }
            Py_DECREF(next);
        }
    }
    Py_DECREF(seq);
    Py_DECREF(counts);
    return hits;
fail:
    Py_DECREF(seq);
    Py_XDECREF(counts);
    Py_XDECREF(hits);
    return NULL;
}

/* ------------------------------------------------------------------ module */

static PyMethodDef methods[] = {
    {"split_strip", split_strip, METH_O, "page.split_lines, each line stripped as page.build strips it: (raw, stripped)."},
    {"tokens_of", tokens_of, METH_VARARGS, "tokens_of(texts, page_has_cjk, fallback) -> {text: tokens}."},
    {"features_of", features_of, METH_VARARGS,
     "features_of(toks_of, stop, page_has_cjk) -> {text: page._features(text, stop, toks, page_has_cjk)}."},
    {"lines", lines, METH_VARARGS, "lines(line_type, kept, texts, linked, features_of) -> tuple of Line."},
    {"normalise", normalise, METH_O, "lexicon.normalise(text)."},
    {"set_framing", set_framing, METH_O, "set_framing(ranges): the framing characters lexicon.normalise strips."},
    {"stopword_hits", stopword_hits, METH_VARARGS, "stopword_hits(tokens, index) -> {language: hits}."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "cleaner._core",
    "The per-line work of building a page, compiled; the Python functions it names are its reference.", -1,
    methods,
};

PyMODINIT_FUNC PyInit__core(void) {
    str_lower = PyUnicode_InternFromString("lower");
    str_casefold = PyUnicode_InternFromString("casefold");
    if (str_lower == NULL || str_casefold == NULL)
        return NULL;
    return PyModule_Create(&module);
}
