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
   - the framing characters that `lexicon.normalise` strips from a line's edges, and the characters
     that tell `Lexicon.match` a line's tokens from those of its normal form, come from Python's Unicode
     database through `lexicon` (set_tables), not from tables of their own here;
   - `Lexicon.match` searches a line for the entries that its words and the entries' literals leave by
     each pattern's shape (`LazyPattern.shape`: literals, numbers, anchors, word boundaries), with the
     `regex` module's `\w` and `\d` of the Basic Multilingual Plane (set_pattern_classes); the pattern
     itself searches where a character beyond that plane stands at a tested class. It calls
     `Lexicon._glued` for the lines that may hold glued menu items;
   - `stages.features.classify` is compiled for the lines that none of its rules of chrome can match
     (most lines: their class follows from length, stopwords and title case) and for those of the rules
     whose whole test is run here (a dateline, a byline, a counted label, a menu, a ticker, a teaser ...,
     the stage's labels given back); a line that another rule may match goes to the Python function
     (about one distinct line in a hundred and fifty on the dev pages), and the rules' patterns are the
     stage's own, called from here. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <string.h>
#include <math.h>

/* ------------------------------------------------------------------ character classes */

#define MAX_CODEPOINT 0x110000

/* lexicon.EDGE_RUN's class (set once by lexicon through set_tables). */
static unsigned char framing_bits[MAX_CODEPOINT / 8];
/* lexicon.FOLDING_CHARS (set with it). */
static unsigned char folding_bits[MAX_CODEPOINT / 8];
static int tables_set = 0;

static inline int is_framing(Py_UCS4 c) { return (framing_bits[c >> 3] >> (c & 7)) & 1; }
static inline int is_folding(Py_UCS4 c) { return (folding_bits[c >> 3] >> (c & 7)) & 1; }

/* lexicon.GLUE's two sides in the Basic Multilingual Plane, the regex module's \p{Ll} and \p{Lu} (of its
   own Unicode version, which may be newer than Python's): set with the tables above. */
#define BMP 0x10000
static unsigned char glue_lower_bits[BMP / 8], glue_upper_bits[BMP / 8];
static inline int is_glue_lower(Py_UCS4 c) { return (glue_lower_bits[c >> 3] >> (c & 7)) & 1; }
static inline int is_glue_upper(Py_UCS4 c) { return (glue_upper_bits[c >> 3] >> (c & 7)) & 1; }

/* str.isalnum, str.isalpha and str.isdecimal of one character (Python's Py_UNICODE_IS* tests, each a
   lookup in the Unicode database, several for ISALNUM), answered for ASCII by comparisons: most
   characters of most pages are ASCII, and these tests run on every one. */
static inline int is_ascii_letter(Py_UCS4 c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
static inline int is_alpha(Py_UCS4 c) { return c < 128 ? is_ascii_letter(c) : Py_UNICODE_ISALPHA(c); }
static inline int is_decimal(Py_UCS4 c) { return c < 128 ? c >= '0' && c <= '9' : Py_UNICODE_ISDECIMAL(c); }
static inline int is_alnum(Py_UCS4 c) {
    return c < 128 ? is_ascii_letter(c) || (c >= '0' && c <= '9') : Py_UNICODE_ISALNUM(c);
}

/* re's `\w` on str. */
static inline int is_word(Py_UCS4 c) { return is_alnum(c) || c == '_'; }

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
    case '|': case 0xff5c: case 0xfe31: case 0xa6:
    case 0xbb: case 0x203a: case 0xb7: case 0x2022: case '>': case '<': case 0xab: case 0x2039:
        return 1;
    }
    return 0;
}

/* page.SEPARATORS, second class: counted between whitespace only, and not as a table's empty cell
   (a cell gap on both sides). */
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
static PyObject *str_upper;     /* "upper" */
static PyObject *str_casefold;  /* "casefold" */

/* ------------------------------------------------------------------ page build */

/* The per-width loops, the case maps and the shared shares of page.build (split_strip, features_of_line,
   spaced_tokens_of, normalise_str, title case) and the tokens of its language guess. */

static long mapped_char(Py_UCS4 c, PyObject *method);

/* The shares 0.0 and 1.0, made once (in PyInit__core), for share_of: most lines' shares are one of
   them (no digit, no stopword, no title case; all title case). */
static PyObject *pb_share_zero, *pb_share_one;

/* split_strip's lines of the characters data[0:len] of ``text``, of a kind that is a constant in each
   caller, appended to ``raw`` and ``stripped``: 0, or -1 on error. */
static inline __attribute__((always_inline)) int
pb_split_strip_kind(const int kind, const void *data, Py_ssize_t len, PyObject *text, PyObject *raw,
                    PyObject *stripped) {
    Py_ssize_t start = 0;
    for (;;) {
        Py_ssize_t end = start;
        while (end < len) {
            Py_UCS4 c = PyUnicode_READ(kind, data, end);
            if (c == '\n' || c == '\r')
                break;
            end++;
        }
        Py_ssize_t right = end;
        while (right > start && is_edge_space(PyUnicode_READ(kind, data, right - 1)))
            right--;
        Py_ssize_t left = start;
        while (left < right && is_edge_space(PyUnicode_READ(kind, data, left)))
            left++;
        PyObject *r = PyUnicode_Substring(text, start, right);
        if (r == NULL)
            return -1;
        int bad = PyList_Append(raw, r);
        if (!bad) {
            PyObject *s = left == start ? (Py_INCREF(r), r) : PyUnicode_Substring(text, left, right);
            bad = s == NULL || PyList_Append(stripped, s);
            Py_XDECREF(s);
        }
        Py_DECREF(r);
        if (bad)
            return -1;
        if (end >= len)
            return 0;
        if (PyUnicode_READ(kind, data, end) == '\r' && end + 1 < len && PyUnicode_READ(kind, data, end + 1) == '\n')
            end++;
        start = end + 1;
    }
}

/* len(page.SEPARATORS.findall(t)) on the characters data[0:len] of one kind (a constant in each caller).
   A spaced mark is not counted when a cell gap (a tab, or two whitespace characters in a row) stands on
   both sides of it: a table's empty cell. */
static inline __attribute__((always_inline)) Py_ssize_t
pb_separators_kind(const int kind, const void *data, Py_ssize_t len) {
#define PB_AT(i) PyUnicode_READ(kind, data, (i))
    Py_ssize_t n = 0;
    for (Py_ssize_t k = 0; k < len; k++) {
        Py_UCS4 c = PB_AT(k);
        if (c < 0x80 && !(c == '|' || c == '>' || c == '<' || c == '/' || c == '\\' || c == '-'))
            continue;  /* the ASCII marks of both classes */
        if (is_menu_mark(c))
            n++;
        else if (is_spaced_mark(c) && k >= 1 && k + 1 < len && Py_UNICODE_ISSPACE(PB_AT(k - 1))
                 && Py_UNICODE_ISSPACE(PB_AT(k + 1))
                 && !((PB_AT(k - 1) == '\t' || (k >= 2 && Py_UNICODE_ISSPACE(PB_AT(k - 2))))
                      && (PB_AT(k + 1) == '\t' || (k + 2 < len && Py_UNICODE_ISSPACE(PB_AT(k + 2))))))
            n++;
    }
    return n;
#undef PB_AT
}

/* str.lower and str.casefold of the characters of the Basic Multilingual Plane one by one, each learnt
   from Python's own method the first time a page holds it, so that a line of two-byte characters is
   lowered or folded into a buffer, without the str the method would make of it. str.casefold maps each
   character alone; str.lower too, but for the capital sigma, which it lowers by its neighbours: a line
   that holds one is lowered by the method. So is a line with a character that maps to more or fewer
   than one character of the plane (marked PB_NO_MAP). A character not learnt yet maps to 0 (only NUL maps
   to NUL, and it is its own map). */
#define PB_NO_MAP 0xffff
typedef struct {
    PyObject **method;  /* the name of the str method */
    Py_UCS2 map[0x10000];
} PbCaseMap;
static PbCaseMap pb_lower_map = {&str_lower}, pb_fold_map = {&str_casefold};
#define PB_CAPITAL_SIGMA 0x3a3

/* The characters src[0:len] of a two-byte str mapped one by one into out[0:len]: 1; 0 when one of them
   is ``context`` (a character the method maps by its neighbours) or maps to no one character; -1 on error. */
static int pb_map_ucs2(PbCaseMap *m, const Py_UCS2 *src, Py_ssize_t len, Py_UCS2 *out, Py_UCS4 context) {
    for (Py_ssize_t i = 0; i < len; i++) {
        Py_UCS2 c = src[i];
        if (c == context)
            return 0;
        Py_UCS2 to = m->map[c];
        if (to == 0 && c != 0) {
            long mapped = mapped_char(c, *m->method);
            if (mapped < 0)
                return -1;
            to = m->map[c] = mapped >= PB_NO_MAP || mapped == 0 ? PB_NO_MAP : (Py_UCS2)mapped;
        }
        if (to == PB_NO_MAP)
            return 0;
        out[i] = to;
    }
    return 1;
}

/* page_tokens(texts, toks_of, limit) -> page._first_tokens([toks_of[text] for text in texts], limit): the
   first ``limit`` tokens of the page's lines, in order, as a list, and the count of all of them (no list
   of the lines' tuples, no chain of them): one pass counts, the list is made at its size, another fills it. */
static PyObject *pb_page_tokens(PyObject *self, PyObject *args) {
    PyObject *texts, *toks_of;
    Py_ssize_t limit;
    if (!PyArg_ParseTuple(args, "O!O!n", &PyList_Type, &texts, &PyDict_Type, &toks_of, &limit))
        return NULL;
    Py_ssize_t total = 0, n = PyList_GET_SIZE(texts);
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *toks = PyDict_GetItemWithError(toks_of, PyList_GET_ITEM(texts, i));
        if (toks == NULL || !PyTuple_Check(toks)) {
            if (!PyErr_Occurred())
                PyErr_SetString(PyExc_KeyError, "page_tokens() needs every text's tokens as a tuple");
            return NULL;
        }
        total += PyTuple_GET_SIZE(toks);
    }
    Py_ssize_t size = total < limit ? total : (limit > 0 ? limit : 0);
    PyObject *first = PyList_New(size);
    if (first == NULL)
        return NULL;
    for (Py_ssize_t i = 0, at = 0; at < size; i++) {  /* toks_of holds every text (checked above) */
        PyObject *toks = PyDict_GetItemWithError(toks_of, PyList_GET_ITEM(texts, i));
        for (Py_ssize_t k = 0; k < PyTuple_GET_SIZE(toks) && at < size; k++) {
            PyObject *tok = PyTuple_GET_ITEM(toks, k);
            Py_INCREF(tok);
            PyList_SET_ITEM(first, at++, tok);
        }
    }
    return Py_BuildValue("(Nn)", first, total);
}

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
    int bad = t.kind == PyUnicode_1BYTE_KIND   ? pb_split_strip_kind(PyUnicode_1BYTE_KIND, t.data, t.len, text, raw, stripped)
              : t.kind == PyUnicode_2BYTE_KIND ? pb_split_strip_kind(PyUnicode_2BYTE_KIND, t.data, t.len, text, raw, stripped)
                                               : pb_split_strip_kind(PyUnicode_4BYTE_KIND, t.data, t.len, text, raw, stripped);
    if (bad)
        goto fail;
    return Py_BuildValue("(NN)", raw, stripped);
fail:
    Py_XDECREF(raw);
    Py_XDECREF(stripped);
    return NULL;
}

/* ------------------------------------------------------------------ tokens */

/* A page's token pool: equal tokens are one str object (the first one made), since a page's tokens
   repeat and on a long page the copies would take more memory than the page itself. An open-addressed
   table of the tokens keyed by a hash of their characters, so that a token the pool holds is found by
   comparing characters in place, without a str made for it. */
typedef struct {
    PyObject **slots;  /* strong references; NULL for an empty slot */
    size_t mask;       /* the number of slots less one (a power of two) */
    Py_ssize_t used;
} TokenPool;

#define TOKEN_POOL_FIRST 256  /* slots of a new pool: a short page's distinct tokens */

static int token_pool_init(TokenPool *p) {
    p->slots = PyMem_Calloc(TOKEN_POOL_FIRST, sizeof(PyObject *));
    p->mask = TOKEN_POOL_FIRST - 1;
    p->used = 0;
    if (p->slots == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    return 0;
}

static void token_pool_free(TokenPool *p) {
    for (size_t i = 0; i <= p->mask; i++)
        Py_XDECREF(p->slots[i]);
    PyMem_Free(p->slots);
}

static inline size_t token_hash_step(size_t h, Py_UCS4 c) { return (h ^ c) * (size_t)0x100000001b3ULL; }
#define TOKEN_HASH_START ((size_t)0xcbf29ce484222325ULL)

static size_t token_hash_of(PyObject *s) {
    Chars t = chars_of(s);
    size_t h = TOKEN_HASH_START;
    for (Py_ssize_t i = 0; i < t.len; i++)
        h = token_hash_step(h, AT(t, i));
    return h;
}

/* Whether the pooled str ``tok`` has the characters data[i:j] of the given kind. */
static inline int token_equal(PyObject *tok, int kind, const void *data, Py_ssize_t i, Py_ssize_t j) {
    if (PyUnicode_GET_LENGTH(tok) != j - i)
        return 0;
    if (PyUnicode_KIND(tok) == kind)
        return memcmp(PyUnicode_DATA(tok), (const char *)data + i * kind, (size_t)((j - i) * kind)) == 0;
    Chars e = chars_of(tok);
    for (Py_ssize_t k = 0; k < e.len; k++)
        if (AT(e, k) != PyUnicode_READ(kind, data, i + k))
            return 0;
    return 1;
}

static int token_pool_grow(TokenPool *p) {
    size_t size = (p->mask + 1) * 2;
    PyObject **slots = PyMem_Calloc(size, sizeof(PyObject *));
    if (slots == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    for (size_t i = 0; i <= p->mask; i++) {
        PyObject *tok = p->slots[i];
        if (tok == NULL)
            continue;
        size_t k = token_hash_of(tok) & (size - 1);
        while (slots[k] != NULL)
            k = (k + 1) & (size - 1);
        slots[k] = tok;
    }
    PyMem_Free(p->slots);
    p->slots = slots;
    p->mask = size - 1;
    return 0;
}

/* The pool's token of characters data[i:j] (hashed ``h``), a new reference: the one it holds, or one
   made now (``whole`` itself when it is given: the str whose characters these are) and pooled. */
static PyObject *token_pool_get(TokenPool *p, size_t h, int kind, const void *data, Py_ssize_t i, Py_ssize_t j,
                                PyObject *whole) {
    size_t k = h & p->mask;
    for (PyObject *tok; (tok = p->slots[k]) != NULL; k = (k + 1) & p->mask)
        if (token_equal(tok, kind, data, i, j)) {
            Py_INCREF(tok);
            return tok;
        }
    PyObject *tok = whole != NULL ? (Py_INCREF(whole), whole)
                                  : PyUnicode_FromKindAndData(kind, (const char *)data + i * kind, j - i);
    if (tok == NULL)
        return NULL;
    Py_INCREF(tok);
    p->slots[k] = tok;
    if (2 * ++p->used > (Py_ssize_t)p->mask && token_pool_grow(p) < 0) {
        Py_DECREF(tok);
        return NULL;
    }
    return tok;
}

/* Latin-1's characters: `\w`, str.lower (a Latin-1 character lowers to one Latin-1 character) and
   str.casefold of each (0xffff for those that fold to anything else), set once by init_latin1 from
   Python's own methods, so that a line of one-byte characters is tokenised and normalised without its
   lower-cased or folded copy. */
static unsigned char latin1_word[256], latin1_lower[256];
static unsigned short latin1_fold[256];

/* The one character that str.<method> makes of character c; MAX_CODEPOINT when it makes more or fewer;
   -1 on error. */
static long mapped_char(Py_UCS4 c, PyObject *method) {
    PyObject *ch = PyUnicode_FromOrdinal((int)c);
    PyObject *mapped = ch != NULL ? PyObject_CallMethodNoArgs(ch, method) : NULL;
    Py_XDECREF(ch);
    if (mapped == NULL)
        return -1;
    long m = PyUnicode_GET_LENGTH(mapped) == 1 ? (long)PyUnicode_READ_CHAR(mapped, 0) : MAX_CODEPOINT;
    Py_DECREF(mapped);
    return m;
}

static int init_latin1(void) {
    for (Py_UCS4 c = 0; c < 256; c++) {
        long low = mapped_char(c, str_lower), fold = mapped_char(c, str_casefold);
        if (low < 0 || fold < 0)
            return -1;
        if (low > 0xff) {
            PyErr_SetString(PyExc_RuntimeError, "a Latin-1 character lowers to more than one Latin-1 character");
            return -1;
        }
        latin1_lower[c] = (unsigned char)low;
        latin1_fold[c] = (unsigned short)(fold > 0xff ? 0xffff : fold);
        latin1_word[c] = (unsigned char)is_word(c);
    }
    return 0;
}

#define TOKENS_SMALL 64  /* tokens gathered on the stack; a line with more gathers them on the heap */

/* The runs of `\w` in the characters data[0:len] of one kind (a constant in each caller, so that each
   kind's loop reads its characters directly), as a tuple; with ``pool``, the pool's tokens. ``s`` is the
   str of these characters, or NULL when there is none. */
static inline __attribute__((always_inline)) PyObject *
word_runs_kind(const int kind, const void *data, Py_ssize_t len, PyObject *s, TokenPool *pool) {
    PyObject *small[TOKENS_SMALL], **toks = small;
    Py_ssize_t n = 0, room = TOKENS_SMALL;
    PyObject *out = NULL;
    for (Py_ssize_t i = 0; i < len;) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (!(kind == PyUnicode_1BYTE_KIND ? latin1_word[c] : is_word(c))) {
            i++;
            continue;
        }
        size_t h = TOKEN_HASH_START;
        Py_ssize_t j = i;
        do {
            h = token_hash_step(h, c);
            if (++j >= len)
                break;
            c = PyUnicode_READ(kind, data, j);
        } while (kind == PyUnicode_1BYTE_KIND ? latin1_word[c] : is_word(c));
        PyObject *whole = (i == 0 && j == len) ? s : NULL, *tok;
        if (pool != NULL)
            tok = token_pool_get(pool, h, kind, data, i, j, whole);
        else if (whole != NULL)
            tok = (Py_INCREF(whole), whole);
        else
            tok = PyUnicode_FromKindAndData(kind, (const char *)data + i * kind, j - i);
        if (tok == NULL)
            goto done;
        if (n == room) {
            PyObject **more = PyMem_Malloc(2 * room * sizeof(PyObject *));
            if (more == NULL) {
                Py_DECREF(tok);
                PyErr_NoMemory();
                goto done;
            }
            memcpy(more, toks, n * sizeof(PyObject *));
            if (toks != small)
                PyMem_Free(toks);
            toks = more;
            room *= 2;
        }
        toks[n++] = tok;
        i = j;
    }
    out = PyTuple_New(n);
    if (out != NULL) {
        memcpy(&PyTuple_GET_ITEM(out, 0), toks, n * sizeof(PyObject *));
        n = 0;
    }
done:
    while (n > 0)
        Py_DECREF(toks[--n]);
    if (toks != small)
        PyMem_Free(toks);
    return out;
}

/* re.findall(r"\w+", s) as a tuple; with ``pool``, the pool's tokens. */
static PyObject *word_runs(PyObject *s, TokenPool *pool) {
    Chars t = chars_of(s);
    switch (t.kind) {
    case PyUnicode_1BYTE_KIND:
        return word_runs_kind(PyUnicode_1BYTE_KIND, t.data, t.len, s, pool);
    case PyUnicode_2BYTE_KIND:
        return word_runs_kind(PyUnicode_2BYTE_KIND, t.data, t.len, s, pool);
    default:
        return word_runs_kind(PyUnicode_4BYTE_KIND, t.data, t.len, s, pool);
    }
}

#define LINE_SMALL 512  /* characters of a line lowered on the stack; a longer one is lowered on the heap */

/* language.spaced_tokens as a tuple: the runs of `\w` in text.lower(). A line of one-byte characters is
   lowered by the table, into a buffer, not a str. */
static PyObject *spaced_tokens_of(PyObject *text, TokenPool *pool) {
    if (PyUnicode_KIND(text) == PyUnicode_2BYTE_KIND) {
        Py_ssize_t len = PyUnicode_GET_LENGTH(text);
        Py_UCS2 small[LINE_SMALL], *low = len <= LINE_SMALL ? small : PyMem_Malloc(len * sizeof(Py_UCS2));
        if (low == NULL)
            return PyErr_NoMemory();
        int mapped = pb_map_ucs2(&pb_lower_map, PyUnicode_2BYTE_DATA(text), len, low, PB_CAPITAL_SIGMA);
        PyObject *out = mapped > 0 ? word_runs_kind(PyUnicode_2BYTE_KIND, low, len, NULL, pool) : NULL;
        if (low != small)
            PyMem_Free(low);
        if (mapped != 0)
            return out;
    }
    if (PyUnicode_KIND(text) == PyUnicode_1BYTE_KIND) {
        Py_ssize_t len = PyUnicode_GET_LENGTH(text);
        const Py_UCS1 *src = PyUnicode_1BYTE_DATA(text);
        Py_UCS1 small[LINE_SMALL], *low = len <= LINE_SMALL ? small : PyMem_Malloc(len);
        if (low == NULL)
            return PyErr_NoMemory();
        for (Py_ssize_t i = 0; i < len; i++)
            low[i] = latin1_lower[src[i]];
        PyObject *out = word_runs_kind(PyUnicode_1BYTE_KIND, low, len, NULL, pool);
        if (low != small)
            PyMem_Free(low);
        return out;
    }
    PyObject *low = PyObject_CallMethodNoArgs(text, str_lower);
    if (low == NULL)
        return NULL;
    PyObject *out = word_runs(low, pool);
    Py_DECREF(low);
    return out;
}

/* Whether data[0:len], of a kind that is a constant in each caller, holds a CJK character. */
static inline __attribute__((always_inline)) int has_cjk_kind(const int kind, const void *data, Py_ssize_t len) {
    for (Py_ssize_t i = 0; i < len; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c >= 0x1100 && is_cjk(c))
            return 1;
    }
    return 0;
}

static int has_cjk(PyObject *text) {
    Chars t = chars_of(text);
    if (t.kind == PyUnicode_2BYTE_KIND)
        return has_cjk_kind(PyUnicode_2BYTE_KIND, t.data, t.len);
    if (t.kind == PyUnicode_4BYTE_KIND)
        return has_cjk_kind(PyUnicode_4BYTE_KIND, t.data, t.len);
    return 0;  /* a str of one-byte characters holds none */
}

/* language.CJK_CHAR.search(text) is not None, for page.build's look at the whole page: a str of one-byte
   characters holds none. */
static PyObject *cjk_in(PyObject *self, PyObject *text) {
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "cjk_in() needs a str");
        return NULL;
    }
    return PyBool_FromLong(has_cjk(text));
}

/* binary.non_text_count(text): the characters of binary.NON_TEXT (C0 controls but tab, line feed,
   vertical tab, form feed and carriage return; DEL; U+FFFD; surrogates), counted in one pass. */
static PyObject *non_text_count(PyObject *self, PyObject *text) {
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "non_text_count() needs a str");
        return NULL;
    }
    Chars t = chars_of(text);
    Py_ssize_t n = 0;
    if (t.kind == PyUnicode_1BYTE_KIND) {
        const Py_UCS1 *b = t.data;
        for (Py_ssize_t i = 0; i < t.len; i++)
            n += b[i] <= 0x08 || (b[i] >= 0x0e && b[i] <= 0x1f) || b[i] == 0x7f;
    } else {
        for (Py_ssize_t i = 0; i < t.len; i++) {
            Py_UCS4 c = AT(t, i);
            n += c <= 0x08 || (c >= 0x0e && c <= 0x1f) || c == 0x7f || c == 0xfffd || (c >= 0xd800 && c <= 0xdfff);
        }
    }
    return PyLong_FromSsize_t(n);
}

/* The tokens of text as page.build takes them: language.tokens on a page with a CJK character
   (``fallback`` is called for the lines that hold one), language.spaced_tokens otherwise. */
static PyObject *tokens_of_line(PyObject *text, int page_has_cjk, PyObject *fallback, TokenPool *pool) {
    if (page_has_cjk && has_cjk(text)) {
        PyObject *list = PyObject_CallOneArg(fallback, text);
        if (list == NULL)
            return NULL;
        PyObject *tup = PySequence_Tuple(list);
        Py_DECREF(list);
        return tup;
    }
    return spaced_tokens_of(text, pool);
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
    TokenPool pool;
    if (out == NULL || token_pool_init(&pool) < 0) {
        Py_DECREF(it);
        Py_XDECREF(out);
        return NULL;
    }
    while ((text = PyIter_Next(it)) != NULL) {
        int seen = PyDict_Contains(out, text);
        PyObject *toks = NULL;
        if (seen == 0 && PyUnicode_Check(text))
            toks = tokens_of_line(text, page_has_cjk, fallback, &pool);
        else if (seen == 0)
            PyErr_SetString(PyExc_TypeError, "tokens_of() needs str lines");
        int bad = seen < 0 || (seen == 0 && (toks == NULL || PyDict_SetItem(out, text, toks) < 0));
        Py_XDECREF(toks);
        Py_DECREF(text);
        if (bad)
            break;
    }
    Py_DECREF(it);
    token_pool_free(&pool);
    if (PyErr_Occurred()) {
        Py_DECREF(out);
        return NULL;
    }
    return out;
}

/* ------------------------------------------------------------------ normalise */

/* lexicon.normalise on the case-folded characters buf[0:len] of one kind (a constant in each caller),
   in place: "i" + combining dot above made "i", framing characters stripped from both edges (only when
   the edge character is no letter or digit), runs of whitespace made one space. Returns the length. */
static inline __attribute__((always_inline)) Py_ssize_t normalise_kind(const int kind, void *buf, Py_ssize_t len) {
    Py_ssize_t n = len;
    if (kind != PyUnicode_1BYTE_KIND) {  /* U+0307 is no one-byte character */
        n = 0;
        for (Py_ssize_t i = 0; i < len; i++) {
            Py_UCS4 c = PyUnicode_READ(kind, buf, i);
            PyUnicode_WRITE(kind, buf, n, c);
            n++;
            if (c == 'i' && i + 1 < len && PyUnicode_READ(kind, buf, i + 1) == 0x307)
                i++;
        }
    }
    Py_ssize_t left = 0, right = n;
    if (n && !is_alnum(PyUnicode_READ(kind, buf, 0)))
        while (left < right && is_framing(PyUnicode_READ(kind, buf, left)))
            left++;
    if (right > left && !is_alnum(PyUnicode_READ(kind, buf, right - 1)))
        while (right > left && is_framing(PyUnicode_READ(kind, buf, right - 1)))
            right--;
    Py_ssize_t m = 0;
    for (Py_ssize_t i = left; i < right;) {
        Py_UCS4 c = PyUnicode_READ(kind, buf, i);
        if (Py_UNICODE_ISSPACE(c)) {
            while (i < right && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, buf, i)))
                i++;
            if (m && i < right) {
                PyUnicode_WRITE(kind, buf, m, ' ');
                m++;
            }
        } else {
            PyUnicode_WRITE(kind, buf, m, c);
            m++;
            i++;
        }
    }
    return m;
}

/* Whether str.casefold of every character of a one-byte text is one Latin-1 character (latin1_fold). */
static int folds_in_latin1(const Py_UCS1 *a, Py_ssize_t len) {
    for (Py_ssize_t i = 0; i < len; i++)
        if (latin1_fold[a[i]] > 0xff)
            return 0;
    return 1;
}

/* lexicon.normalise: case-folded, then normalise_kind. A text that normalises to itself (a lower-case
   line) is given back itself, not an equal copy; a one-byte text whose characters fold one by one into
   Latin-1 (all but "ß" and "µ") is folded by the table, without a folded str. */
static PyObject *normalise_str(PyObject *text) {
    PyObject *folded = NULL, *out = NULL;
    Py_ssize_t len = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_1BYTE_KIND;
    const void *src = PyUnicode_DATA(text);
    if (PyUnicode_KIND(text) == PyUnicode_2BYTE_KIND) {  /* folded by pb_fold_map when it can */
        Py_UCS2 small[LINE_SMALL], *buf = len <= LINE_SMALL ? small : PyMem_Malloc(len * sizeof(Py_UCS2));
        if (buf == NULL)
            return PyErr_NoMemory();
        int mapped = pb_map_ucs2(&pb_fold_map, src, len, buf, MAX_CODEPOINT);
        if (mapped > 0) {
            Py_ssize_t m = normalise_kind(PyUnicode_2BYTE_KIND, buf, len);
            out = m == len && memcmp(buf, src, (size_t)m * sizeof(Py_UCS2)) == 0
                      ? (Py_INCREF(text), text)
                      : PyUnicode_FromKindAndData(PyUnicode_2BYTE_KIND, buf, m);
        }
        if (buf != small)
            PyMem_Free(buf);
        if (mapped != 0)
            return out;
    }
    if (PyUnicode_KIND(text) != PyUnicode_1BYTE_KIND || !folds_in_latin1(src, len)) {
        folded = PyObject_CallMethodNoArgs(text, str_casefold);
        if (folded == NULL)
            return NULL;
        kind = PyUnicode_KIND(folded);
        src = PyUnicode_DATA(folded);
        len = PyUnicode_GET_LENGTH(folded);
    }
    Py_UCS4 small[LINE_SMALL];
    char *buf = (size_t)len * kind <= sizeof small ? (char *)small : PyMem_Malloc((size_t)len * kind + 1);
    if (buf == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    Py_ssize_t m;
    if (folded == NULL) {
        const Py_UCS1 *a = src;
        for (Py_ssize_t i = 0; i < len; i++)
            buf[i] = (char)latin1_fold[a[i]];
        m = normalise_kind(PyUnicode_1BYTE_KIND, buf, len);
    } else {
        memcpy(buf, src, (size_t)len * kind);
        m = kind == PyUnicode_1BYTE_KIND   ? normalise_kind(PyUnicode_1BYTE_KIND, buf, len)
            : kind == PyUnicode_2BYTE_KIND ? normalise_kind(PyUnicode_2BYTE_KIND, buf, len)
                                           : normalise_kind(PyUnicode_4BYTE_KIND, buf, len);
    }
    if (m == PyUnicode_GET_LENGTH(text) && kind == PyUnicode_KIND(text)
        && memcmp(buf, PyUnicode_DATA(text), (size_t)m * kind) == 0)
        out = (Py_INCREF(text), text);
    else
        out = PyUnicode_FromKindAndData(kind, buf, m);
    if (out != NULL && out != text && kind != PyUnicode_KIND(text) && PyUnicode_GET_LENGTH(out) == m
        && m == PyUnicode_GET_LENGTH(text) && PyUnicode_Compare(out, text) == 0)
        Py_SETREF(out, (Py_INCREF(text), text));  /* folding widened the kind of a text it leaves as it is */
    if (buf != (char *)small)
        PyMem_Free(buf);
done:
    Py_XDECREF(folded);
    return out;
}

static PyObject *normalise(PyObject *self, PyObject *text) {
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "normalise() needs a str");
        return NULL;
    }
    if (!tables_set) {
        PyErr_SetString(PyExc_RuntimeError, "normalise() before set_tables()");
        return NULL;
    }
    return normalise_str(text);
}

/* The code points of ``chars`` (a sequence of ints below ``limit``) as bits of ``bits``; -1 on error. */
static int set_bits(unsigned char *bits, size_t size, long limit, PyObject *chars) {
    PyObject *seq = PySequence_Fast(chars, "set_tables() needs a sequence of code points");
    if (seq == NULL)
        return -1;
    memset(bits, 0, size);
    for (Py_ssize_t i = 0; i < PySequence_Fast_GET_SIZE(seq); i++) {
        long c = PyLong_AsLong(PySequence_Fast_GET_ITEM(seq, i));
        if (c < 0 || c >= limit) {
            Py_DECREF(seq);
            if (!PyErr_Occurred())
                PyErr_SetString(PyExc_ValueError, "code point out of bounds");
            return -1;
        }
        bits[c >> 3] |= (unsigned char)(1u << (c & 7));
    }
    Py_DECREF(seq);
    return 0;
}

/* set_tables(framing_ranges, folding_chars, glue_lower, glue_upper): the (first, last) code point ranges
   of lexicon.EDGE_RUN's class, lexicon.FOLDING_CHARS, and lexicon.GLUE's lower- and upper-case letters
   in the Basic Multilingual Plane. */
static PyObject *set_tables(PyObject *self, PyObject *args) {
    PyObject *ranges, *folding, *glue_lower, *glue_upper;
    if (!PyArg_ParseTuple(args, "OOOO", &ranges, &folding, &glue_lower, &glue_upper))
        return NULL;
    PyObject *seq = PySequence_Fast(ranges, "set_tables() needs a sequence of (first, last) pairs");
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
    if (set_bits(folding_bits, sizeof folding_bits, MAX_CODEPOINT, folding) < 0
        || set_bits(glue_lower_bits, sizeof glue_lower_bits, BMP, glue_lower) < 0
        || set_bits(glue_upper_bits, sizeof glue_upper_bits, BMP, glue_upper) < 0)
        return NULL;
    tables_set = 1;
    Py_RETURN_NONE;
}

/* ------------------------------------------------------------------ features */


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

/* The next word of ``t`` as str.split() cuts them, from *end on: 1 with it in [*start, *end), 0 at the end. */
static inline int next_word(Chars t, Py_ssize_t *start, Py_ssize_t *end) {
    Py_ssize_t i = *end;
    while (i < t.len && Py_UNICODE_ISSPACE(AT(t, i)))
        i++;
    if (i >= t.len)
        return 0;
    Py_ssize_t j = i;
    while (j < t.len && !Py_UNICODE_ISSPACE(AT(t, j)))
        j++;
    *start = i;
    *end = j;
    return 1;
}

/* str.lower of t[i:j] when it is ASCII, made in one step (no slice to lower); None (borrowed) when it is
   not; NULL on error. */
static PyObject *ascii_lower(Chars t, Py_ssize_t i, Py_ssize_t j) {
    for (Py_ssize_t k = i; k < j; k++)
        if (AT(t, k) >= 128)
            return Py_None;
    PyObject *low = PyUnicode_New(j - i, 127);
    if (low == NULL)
        return NULL;
    Py_UCS1 *d = PyUnicode_1BYTE_DATA(low);
    for (Py_ssize_t k = i; k < j; k++) {
        Py_UCS4 c = AT(t, k);
        d[k - i] = (Py_UCS1)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    return low;
}

/* The ASCII words of a stoplist in an open-addressed table of their bytes, so that an ASCII word of a
   line is looked up lower-cased in a stack buffer instead of as a new string. A table is built for one
   stoplist (a frozenset, held by a strong reference so that its words stay alive); the tables of the
   last ASCII_STOP_TABLES stoplists are kept, so that a stream of pages in several languages (and of no
   clear language, whose stoplist is the union of all) builds each once, not once per change of language. */
#define ASCII_STOP_MAX_LEN 64  /* a longer ASCII word is looked up as a string */
#define ASCII_STOP_TABLES 8    /* more languages than a stream of pages usually mixes */
typedef struct { const char *word; Py_ssize_t len; } StopSlot;
typedef struct { PyObject *set; StopSlot *slots; size_t mask; } StopTable;
static StopTable ascii_stop_tables[ASCII_STOP_TABLES];
static int ascii_stop_next = 0;          /* the table that a new stoplist replaces */
static StopSlot *ascii_stop_slots = NULL;  /* the table in use */
static size_t ascii_stop_mask = 0;

static inline size_t bytes_hash(const char *s, Py_ssize_t n) {
    size_t h = 1469598103934665603u;  /* FNV-1a */
    for (Py_ssize_t k = 0; k < n; k++)
        h = (h ^ (unsigned char)s[k]) * 1099511628211u;
    return h;
}

/* 1 when the table holds the ASCII words of ``stop``; 0 when it cannot stand for them (a word that is
   not exactly a str); -1 on error. */
static int build_ascii_stop(PyObject *stop) {
    for (int k = 0; k < ASCII_STOP_TABLES; k++)
        if (ascii_stop_tables[k].set == stop) {
            ascii_stop_slots = ascii_stop_tables[k].slots;
            ascii_stop_mask = ascii_stop_tables[k].mask;
            return ascii_stop_slots != NULL;
        }
    size_t size = 8;
    while (size < 2 * (size_t)PySet_GET_SIZE(stop) + 8)
        size <<= 1;
    StopSlot *slots = PyMem_Calloc(size, sizeof(StopSlot));
    if (slots == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    PyObject *it = PyObject_GetIter(stop);
    if (it == NULL) {
        PyMem_Free(slots);
        return -1;
    }
    PyObject *word;
    while ((word = PyIter_Next(it)) != NULL) {
        /* the frozenset keeps its words alive as long as the table holds it */
        int exact = PyUnicode_CheckExact(word);
        Py_DECREF(word);
        if (!exact) {
            PyMem_Free(slots);
            slots = NULL;
            break;
        }
        Py_ssize_t n = PyUnicode_GET_LENGTH(word);
        if (!PyUnicode_IS_ASCII(word) || n > ASCII_STOP_MAX_LEN)
            continue;
        const char *w = (const char *)PyUnicode_1BYTE_DATA(word);
        size_t b = bytes_hash(w, n) & (size - 1);
        while (slots[b].word != NULL)
            b = (b + 1) & (size - 1);
        slots[b].word = w;
        slots[b].len = n;
    }
    Py_DECREF(it);
    if (PyErr_Occurred()) {
        PyMem_Free(slots);
        return -1;
    }
    StopTable *old = &ascii_stop_tables[ascii_stop_next];
    ascii_stop_next = (ascii_stop_next + 1) % ASCII_STOP_TABLES;
    PyMem_Free(old->slots);
    old->slots = slots;
    old->mask = size - 1;
    Py_INCREF(stop);
    Py_XSETREF(old->set, stop);
    ascii_stop_slots = slots;
    ascii_stop_mask = size - 1;
    return slots != NULL;
}

static int ascii_stop_holds(const char *w, Py_ssize_t n) {
    for (size_t b = bytes_hash(w, n) & ascii_stop_mask; ascii_stop_slots[b].word != NULL;
         b = (b + 1) & ascii_stop_mask)
        if (ascii_stop_slots[b].len == n && memcmp(ascii_stop_slots[b].word, w, (size_t)n) == 0)
            return 1;
    return 0;
}

/* Whether str.lower(t[i:j]) is in ``stop``: an ASCII word is lowered into a stack buffer and looked up
   in the table of the stoplist's ASCII words (an ASCII word lowers to ASCII, and so can only equal an
   ASCII stopword); a word of two-byte characters by pb_lower_map when it can; any other word by
   str.lower, with its context rules. 1, 0, or -1 on error. */
static int lower_in_stop(PyObject *text, Chars t, Py_ssize_t i, Py_ssize_t j, PyObject *stop, int table) {
    if (table && j - i <= ASCII_STOP_MAX_LEN) {
        char buf[ASCII_STOP_MAX_LEN];
        Py_ssize_t k = i;
        for (; k < j; k++) {
            Py_UCS4 c = AT(t, k);
            if (c >= 128)
                break;
            buf[k - i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        if (k == j)
            return ascii_stop_holds(buf, j - i);
    }
    PyObject *low = ascii_lower(t, i, j);
    if (low == Py_None && t.kind == PyUnicode_2BYTE_KIND && j - i <= LINE_SMALL) {
        Py_UCS2 buf[LINE_SMALL];
        int mapped = pb_map_ucs2(&pb_lower_map, (const Py_UCS2 *)t.data + i, j - i, buf, PB_CAPITAL_SIGMA);
        if (mapped != 0)
            low = mapped > 0 ? PyUnicode_FromKindAndData(PyUnicode_2BYTE_KIND, buf, j - i) : NULL;
    }
    if (low == Py_None) {
        PyObject *word = PyUnicode_Substring(text, i, j);
        low = word ? PyObject_CallMethodNoArgs(word, str_lower) : NULL;
        Py_XDECREF(word);
    }
    if (low == NULL)
        return -1;
    int in_stop = PySet_Contains(stop, low);
    Py_DECREF(low);
    return in_stop;
}

/* page._title_share; -1.0 on error. */
static double title_share(PyObject *text, Chars t, Py_ssize_t words, PyObject *stop) {
    if (words > 40) /* page.TITLE_SCAN_WORDS */
        return 0.0;
    int table = PyFrozenSet_CheckExact(stop) ? build_ascii_stop(stop) : 0;
    if (table < 0)
        return -1.0;
    long upper = 0, content = 0;
    for (Py_ssize_t i = 0, j = 0; next_word(t, &i, &j);) {
        Py_UCS4 first = AT(t, i);
        if (is_alpha(first)) {
            int in_stop = lower_in_stop(text, t, i, j, stop, table);
            if (in_stop < 0)
                return -1.0;
            if (!in_stop) {
                content++;
                upper += Py_UNICODE_ISUPPER(first) ? 1 : 0;
            }
        }
    }
    return content ? (double)upper / (double)content : 0.0;
}

/* len(page.SEPARATORS.findall(t)) */
static Py_ssize_t separators_in(Chars t) {
    switch (t.kind) {
    case PyUnicode_1BYTE_KIND:
        return pb_separators_kind(PyUnicode_1BYTE_KIND, t.data, t.len);
    case PyUnicode_2BYTE_KIND:
        return pb_separators_kind(PyUnicode_2BYTE_KIND, t.data, t.len);
    default:
        return pb_separators_kind(PyUnicode_4BYTE_KIND, t.data, t.len);
    }
}

/* len(page.SEPARATORS.findall(page.URL.sub(" ", text) if "/" in text else text)) for a text that holds
   a "/" or not (``slash``); -1 on error. */
static Py_ssize_t separators(Chars t, int slash) {
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

/* page.CODE_CHAR.search(text) or page.CODE_START.match(text), the search's answer given (``code_char``) */
static int code_like(Chars t, int code_char) {
    if (code_char)
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

/* page.ends_sentence(text[start:end]) */
static int terminal_in(Chars t, Py_ssize_t start, Py_ssize_t end) {
    while (end > start && is_closer(AT(t, end - 1)))
        end--;
    return end > start && is_sentence_mark(AT(t, end - 1));
}

/* page.ends_sentence(text) */
static int terminal(Chars t) {
    return terminal_in(t, 0, t.len);
}

/* The next match of page.CELL_GAP at or after i: where its cell ends (after the non-space before the
   gap) and, in *next, where the next cell starts; -1 when there is none. */
static Py_ssize_t next_cell_gap(Chars t, Py_ssize_t i, Py_ssize_t *next) {
    for (; i + 1 < t.len; i++) {
        Py_UCS4 c = AT(t, i), d = AT(t, i + 1);
        if (!Py_UNICODE_ISSPACE(c) && (d == '\t' || (d == ' ' && i + 2 < t.len && AT(t, i + 2) == ' '))) {
            Py_ssize_t j = i + 1;
            while (j < t.len && Py_UNICODE_ISSPACE(AT(t, j)))
                j++;
            if (j < t.len) {
                *next = j;
                return i + 1;
            }
        }
    }
    return -1;
}

/* len(page.CELL_GAP.findall(text)) if "\t" in text or "  " in text else 0 */
static Py_ssize_t cells(Chars t) {
    Py_ssize_t n = 0, next = 0;
    for (Py_ssize_t i = 0; next_cell_gap(t, i, &next) >= 0; i = next)
        n++;
    return n;
}

/* page.row_ends_sentence(text, ncells): the text ends a sentence, or its longest cell does (the first
   of equally long ones) and holds page.ROW_MAIN_CELL_SHARE (two thirds) of the cells' characters. */
static int row_terminal(Chars t, Py_ssize_t ncells) {
    if (terminal(t))
        return 1;
    if (ncells == 0)
        return 0;
    Py_ssize_t start = 0, best_start = 0, best_end = 0, next = 0, end, total = 0;
    while ((end = next_cell_gap(t, start, &next)) >= 0) {
        total += end - start;
        if (end - start > best_end - best_start) {
            best_start = start;
            best_end = end;
        }
        start = next;
    }
    total += t.len - start;
    if (t.len - start > best_end - best_start) {
        best_start = start;
        best_end = t.len;
    }
    return 3 * (best_end - best_start) >= 2 * total && terminal_in(t, best_start, best_end);
}

/* A share as a float object: pb_share_zero or pb_share_one, else the one in ``pool`` (a dict) when an
   equal share was made before: most lines' shares are a few values (0.0, 0.5, 1.0 ...), and a float per
   line adds up on a long page. */
static PyObject *share_of(double value, PyObject *pool) {
    if (value == 0.0 && !signbit(value))
        return Py_NewRef(pb_share_zero);
    if (value == 1.0)
        return Py_NewRef(pb_share_one);
    PyObject *made = PyFloat_FromDouble(value);
    if (made == NULL)
        return NULL;
    PyObject *shared = PyDict_SetDefault(pool, made, made);
    Py_XINCREF(shared);
    Py_DECREF(made);
    return shared;
}

/* What one pass over a line's characters finds for its features: its spaces, its decimal digits, whether
   it has a letter or digit (other than a decimal one), whether it may hold a table's cell gap (a tab, or
   two spaces in a row: page.CELL_GAP needs one), a "/" (page.URL's part in the separators) and a
   page.CODE_CHAR. */
typedef struct { Py_ssize_t spaces, digits; int letters, gaps, slash, code; } CharCounts;

/* CharCounts of data[0:len], of a kind that is a constant in each caller. */
static inline __attribute__((always_inline)) void
count_chars_kind(const int kind, const void *data, Py_ssize_t len, CharCounts *n) {
    Py_UCS4 last = 0;
    for (Py_ssize_t i = 0; i < len; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c == ' ') {
            n->spaces++;
            n->gaps |= last == ' ';
        } else if (is_decimal(c))
            n->digits++;
        else if (c < 0x80 && !is_ascii_letter(c)) {
            n->gaps |= c == '\t';
            n->slash |= c == '/';
            n->code |= is_code_char(c);
        } else if (!n->letters && is_alnum(c))
            n->letters = 1;
        last = c;
    }
}

/* page._features(text, stop, toks, page_has_cjk). The key is the text itself when normalising leaves it
   as it is (a lower-case line): one string instead of two equal ones. */
static PyObject *features_of_line(PyObject *text, PyObject *stop, PyObject *toks, int page_has_cjk,
                                  PyObject *floats) {
    Chars t = chars_of(text);
    Py_ssize_t ntoks = PyTuple_GET_SIZE(toks);
    CharCounts counts = {0, 0, 0, 0, 0, 0};
    if (t.kind == PyUnicode_1BYTE_KIND)
        count_chars_kind(PyUnicode_1BYTE_KIND, t.data, t.len, &counts);
    else if (t.kind == PyUnicode_2BYTE_KIND)
        count_chars_kind(PyUnicode_2BYTE_KIND, t.data, t.len, &counts);
    else
        count_chars_kind(PyUnicode_4BYTE_KIND, t.data, t.len, &counts);
    Py_ssize_t spaces = counts.spaces, digits = counts.digits;
    int letters = counts.letters;
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
    Py_ssize_t seps = separators(t, counts.slash);
    if (seps < 0)
        return NULL;
    PyObject *key = normalise_str(text);
    if (key == NULL)
        return NULL;
    Py_ssize_t ncells = counts.gaps ? cells(t) : 0;
    PyObject *fields[] = {(Py_INCREF(text), text), PyLong_FromSsize_t(words), (Py_INCREF(toks), toks),
                          PyLong_FromSsize_t(stopwords),
                          share_of(ntoks ? (double)stopwords / (double)ntoks : 0.0, floats),
                          PyBool_FromLong(row_terminal(t, ncells)), share_of(title, floats),
                          share_of(visible ? (double)digits / (double)visible : 0.0, floats),
                          PyLong_FromSsize_t(seps), PyBool_FromLong(letters),
                          PyBool_FromLong(code_like(t, counts.code)),
                          PyLong_FromSsize_t(ncells), key};
    const Py_ssize_t nfields = (Py_ssize_t)(sizeof fields / sizeof fields[0]);
    PyObject *out = PyTuple_New(nfields);
    for (Py_ssize_t k = 0; k < nfields; k++)
        if (fields[k] == NULL)
            Py_CLEAR(out);
    for (Py_ssize_t k = 0; k < nfields; k++) {
        if (out != NULL)
            PyTuple_SET_ITEM(out, k, fields[k]);
        else
            Py_XDECREF(fields[k]);
    }
    return out;
}

/* features_of(toks_of, stop, page_has_cjk) -> {text: page._features(text, stop, toks, page_has_cjk)} for
   every item of the dict ``toks_of``. */
static PyObject *features_of(PyObject *self, PyObject *args) {
    PyObject *toks_of, *stop;
    int page_has_cjk;
    if (!PyArg_ParseTuple(args, "O!O!p", &PyDict_Type, &toks_of, &PyFrozenSet_Type, &stop, &page_has_cjk))
        return NULL;
    if (!tables_set) {
        PyErr_SetString(PyExc_RuntimeError, "features_of() before set_tables()");
        return NULL;
    }
    PyObject *out = PyDict_New(), *floats = PyDict_New(), *text, *toks;
    if (out == NULL || floats == NULL)
        goto fail;
    Py_ssize_t pos = 0;
    while (PyDict_Next(toks_of, &pos, &text, &toks)) {
        if (!PyUnicode_Check(text) || !PyTuple_Check(toks)) {
            PyErr_SetString(PyExc_TypeError, "features_of() needs {str: tuple}");
            goto fail;
        }
        PyObject *f = features_of_line(text, stop, toks, page_has_cjk, floats);
        if (f == NULL || PyDict_SetItem(out, text, f) < 0) {
            Py_XDECREF(f);
            goto fail;
        }
        Py_DECREF(f);
    }
    Py_DECREF(floats);
    return out;
fail:
    Py_XDECREF(out);
    Py_XDECREF(floats);
    return NULL;
}

/* lines(line_type, kept, texts, linked, toks_of, stop, page_has_cjk) -> the page's Line tuples, as
   page.build makes them: line_type(n, *page._features(text, stop, toks_of[text], page_has_cjk), parts,
   share) for (n, parts), text, share in zip(kept, texts, linked). The features of a text are worked out
   once: a line of the same text as an earlier one shares its fields, and its parts too when they are
   equal (pages repeat their menus: the copies would be kept apart for nothing). Built as the tuple subclass that
   line_type is, without calling its Python-level __new__. */
static PyObject *lines(PyObject *self, PyObject *args) {
    PyTypeObject *line_type;
    PyObject *kept, *texts, *linked, *toks_of, *stop;
    int page_has_cjk;
    if (!PyArg_ParseTuple(args, "O!O!O!O!O!O!p", &PyType_Type, &line_type, &PyList_Type, &kept, &PyList_Type,
                          &texts, &PyList_Type, &linked, &PyDict_Type, &toks_of, &PyFrozenSet_Type, &stop,
                          &page_has_cjk))
        return NULL;
    if (!PyType_IsSubtype(line_type, &PyTuple_Type)) {
        PyErr_SetString(PyExc_TypeError, "lines() needs a tuple type");
        return NULL;
    }
    if (!tables_set) {
        PyErr_SetString(PyExc_RuntimeError, "lines() before set_tables()");
        return NULL;
    }
    Py_ssize_t n = PyList_GET_SIZE(kept);
    if (PyList_GET_SIZE(texts) != n || PyList_GET_SIZE(linked) != n) {
        PyErr_SetString(PyExc_ValueError, "lines() needs lists of one length");
        return NULL;
    }
    PyObject *out = PyTuple_New(n), *first_of = PyDict_New();  /* text -> its first Line */
    PyObject *floats = PyDict_New();
    if (out == NULL || first_of == NULL || floats == NULL)
        goto fail;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *pair = PyList_GET_ITEM(kept, i), *text = PyList_GET_ITEM(texts, i);
        if (!PyTuple_Check(pair) || PyTuple_GET_SIZE(pair) != 3 || !PyUnicode_Check(text)) {
            PyErr_SetString(PyExc_TypeError, "lines() needs (number, parts, piece) triples and str texts");
            goto fail;
        }
        PyObject *first = PyDict_GetItemWithError(first_of, text), *feats = NULL;
        if (first == NULL) {
            if (PyErr_Occurred())
                goto fail;
            PyObject *toks = PyDict_GetItemWithError(toks_of, text);
            if (toks == NULL || !PyTuple_Check(toks)) {
                if (!PyErr_Occurred())
                    PyErr_SetString(PyExc_ValueError, "lines() needs every text's tokens as a tuple");
                goto fail;
            }
            feats = features_of_line(text, stop, toks, page_has_cjk, floats);
            if (feats == NULL)
                goto fail;
        }
        Py_ssize_t nf = first ? PyTuple_GET_SIZE(first) - 4 : PyTuple_GET_SIZE(feats);
        PyObject *line = line_type->tp_alloc(line_type, nf + 4);
        if (line == NULL) {
            Py_XDECREF(feats);
            goto fail;
        }
        PyObject *item = PyTuple_GET_ITEM(pair, 0);
        Py_INCREF(item);
        PyTuple_SET_ITEM(line, 0, item);
        for (Py_ssize_t k = 0; k < nf; k++) {
            item = first ? PyTuple_GET_ITEM(first, k + 1) : PyTuple_GET_ITEM(feats, k);
            Py_INCREF(item);
            PyTuple_SET_ITEM(line, k + 1, item);
        }
        Py_XDECREF(feats);
        item = PyTuple_GET_ITEM(pair, 1);
        if (first != NULL) {
            PyObject *first_parts = PyTuple_GET_ITEM(first, nf + 1);
            int same = PyObject_RichCompareBool(item, first_parts, Py_EQ);
            if (same < 0) {
                Py_DECREF(line);
                goto fail;
            }
            if (same)
                item = first_parts;
        }
        Py_INCREF(item);
        PyTuple_SET_ITEM(line, nf + 1, item);
        item = PyList_GET_ITEM(linked, i);
        Py_INCREF(item);
        PyTuple_SET_ITEM(line, nf + 2, item);
        item = PyTuple_GET_ITEM(pair, 2);
        Py_INCREF(item);
        PyTuple_SET_ITEM(line, nf + 3, item);
        PyTuple_SET_ITEM(out, i, line);
        if (first == NULL && PyDict_SetItem(first_of, text, line) < 0)
            goto fail;
    }
    Py_DECREF(first_of);
    Py_DECREF(floats);
    return out;
fail:
    Py_XDECREF(out);
    Py_XDECREF(first_of);
    Py_XDECREF(floats);
    return NULL;
}

/* ------------------------------------------------------------------ language evidence */

/* A filter of a dict's keys by hash: a key whose bit is clear is not in the dict, found without a
   lookup in it (a lookup in a large dict costs cache misses). Built for one dict and rebuilt when
   another one comes, or when it has grown. */
typedef struct {
    unsigned char *bits;
    size_t mask;             /* the number of bits less one (a power of two) */
    PyObject *dict;          /* the dict the filter was built for (a strong reference) */
    Py_ssize_t size;
} HashFilter;

static inline int hash_filter_may_hold(const HashFilter *filter, Py_hash_t h) {
    size_t b = (size_t)h & filter->mask;
    return (filter->bits[b >> 3] >> (b & 7)) & 1;
}

static int hash_filter_build(HashFilter *filter, PyObject *dict) {
    if (dict == filter->dict && PyDict_GET_SIZE(dict) == filter->size)
        return 0;
    memset(filter->bits, 0, (filter->mask + 1) / 8);
    PyObject *key, *value;
    Py_ssize_t pos = 0;
    while (PyDict_Next(dict, &pos, &key, &value)) {
        Py_hash_t h = PyObject_Hash(key);
        if (h == -1)
            return -1;
        size_t b = (size_t)h & filter->mask;
        filter->bits[b >> 3] |= (unsigned char)(1u << (b & 7));
    }
    Py_INCREF(dict);
    Py_XSETREF(filter->dict, dict);
    filter->size = PyDict_GET_SIZE(dict);
    return 0;
}

/* The stopword index's words (language._index is built once per process): a token whose bit is clear
   is no stopword of any language. */
#define INDEX_FILTER_BITS (1u << 20)
static unsigned char index_filter_bits[INDEX_FILTER_BITS / 8];
static HashFilter index_filter = {index_filter_bits, INDEX_FILTER_BITS - 1, NULL, -1};

/* language._stopword_hits(tokens) before it becomes a Counter: {language: hits}, in the order the
   reference builds it (stopwords in order of first occurrence, each one's languages in index order).
   A token that the filter rules out is skipped; each other distinct token is looked up in the index
   once (the index of all stoplists is large, and a lookup in it costs cache misses); its later
   occurrences are found in a small dict of those tokens, by identity when page.build made them (it
   makes equal tokens one object). */
static PyObject *stopword_hits(PyObject *self, PyObject *args) {
    PyObject *tokens, *index;
    if (!PyArg_ParseTuple(args, "OO!", &tokens, &PyDict_Type, &index))
        return NULL;
    if (hash_filter_build(&index_filter, index) < 0)
        return NULL;
    PyObject *seq = PySequence_Fast(tokens, "stopword_hits() needs a sequence of tokens");
    if (seq == NULL)
        return NULL;
    /* Per stopword (in order of first occurrence): its languages (borrowed from the index, which the
       caller holds) and its count; per language (in the order the reference adds them): its count. */
    PyObject **langs_of = NULL, **langs = NULL;
    Py_ssize_t *counts = NULL, *lang_hits = NULL;
    Py_ssize_t nwords = 0, nlangs = 0;
    PyObject *slot_of = PyDict_New();  /* token -> its slot in ``langs_of`` and ``counts``, or -1 */
    PyObject *hits = NULL, *none = PyLong_FromLong(-1);
    if (slot_of == NULL || none == NULL)
        goto fail;
    for (Py_ssize_t i = 0; i < PySequence_Fast_GET_SIZE(seq); i++) {
        PyObject *tok = PySequence_Fast_GET_ITEM(seq, i);
        /* Most tokens are no stopword, and the filter says so from the hash alone (a string's is
           cached): they are looked up nowhere. */
        Py_hash_t h = PyObject_Hash(tok);
        if (h == -1)
            goto fail;
        if (!hash_filter_may_hold(&index_filter, h))
            continue;
        PyObject *slot = PyDict_GetItemWithError(slot_of, tok);
        if (slot == NULL) {
            if (PyErr_Occurred())
                goto fail;
            PyObject *its = PyDict_GetItemWithError(index, tok);
            if (its == NULL) {
                if (PyErr_Occurred() || PyDict_SetItem(slot_of, tok, none) < 0)
                    goto fail;
                continue;
            }
            if (!PyTuple_Check(its)) {
                PyErr_SetString(PyExc_TypeError, "stopword_hits() needs an index of tuples");
                goto fail;
            }
            if (nwords % 256 == 0) {
                Py_ssize_t *more = PyMem_Realloc(counts, (nwords + 256) * sizeof(Py_ssize_t));
                if (more != NULL)
                    counts = more;
                PyObject **more_langs = more ? PyMem_Realloc(langs_of, (nwords + 256) * sizeof(PyObject *)) : NULL;
                if (more_langs == NULL) {
                    PyErr_NoMemory();
                    goto fail;
                }
                langs_of = more_langs;
            }
            PyObject *k = PyLong_FromSsize_t(nwords);
            int bad = k == NULL || PyDict_SetItem(slot_of, tok, k) < 0;
            Py_XDECREF(k);
            if (bad)
                goto fail;
            langs_of[nwords] = its;
            counts[nwords++] = 1;
            continue;
        }
        Py_ssize_t k = PyLong_AsSsize_t(slot);
        if (k >= 0)
            counts[k]++;
    }
    for (Py_ssize_t w = 0; w < nwords; w++) {
        for (Py_ssize_t k = 0; k < PyTuple_GET_SIZE(langs_of[w]); k++) {
            PyObject *lang = PyTuple_GET_ITEM(langs_of[w], k);
            Py_ssize_t at = 0;
            while (at < nlangs && langs[at] != lang)  /* the index's tuples share its language strings */
                at++;
            for (Py_ssize_t e = 0; at == nlangs && e < nlangs; e++) {
                int same = PyObject_RichCompareBool(langs[e], lang, Py_EQ);
                if (same < 0)
                    goto fail;
                if (same)
                    at = e;
            }
            if (at == nlangs) {
                if (nlangs % 64 == 0) {
                    PyObject **more = PyMem_Realloc(langs, (nlangs + 64) * sizeof(PyObject *));
                    if (more != NULL)
                        langs = more;
                    Py_ssize_t *more_hits = more ? PyMem_Realloc(lang_hits, (nlangs + 64) * sizeof(Py_ssize_t)) : NULL;
                    if (more_hits == NULL) {
                        PyErr_NoMemory();
                        goto fail;
                    }
                    lang_hits = more_hits;
                }
                langs[nlangs] = lang;
                lang_hits[nlangs++] = 0;
            }
            lang_hits[at] += counts[w];
        }
    }
    hits = PyDict_New();
    if (hits == NULL)
        goto fail;
    for (Py_ssize_t e = 0; e < nlangs; e++) {
        PyObject *count = PyLong_FromSsize_t(lang_hits[e]);
        int bad = count == NULL || PyDict_SetItem(hits, langs[e], count) < 0;
        Py_XDECREF(count);
        if (bad)
            goto fail;
    }
    Py_DECREF(seq);
    Py_DECREF(slot_of);
    Py_DECREF(none);
    PyMem_Free(counts);
    PyMem_Free(langs_of);
    PyMem_Free(langs);
    PyMem_Free(lang_hits);
    return hits;
fail:
    Py_DECREF(seq);
    Py_XDECREF(slot_of);
    Py_XDECREF(hits);
    Py_XDECREF(none);
    PyMem_Free(counts);
    PyMem_Free(langs_of);
    PyMem_Free(langs);
    PyMem_Free(lang_hits);
    return NULL;
}

/* ------------------------------------------------------------------ lexicon */

static PyObject *str_whole, *str_by_word, *str_wordless, *str_keep, *str_search, *str_glued, *str_contained, *str_span;

/* The truth of a new reference, which it releases: 1, 0, or -1 on error (also when it is NULL). */
static int truth_of(PyObject *value) {
    if (value == NULL)
        return -1;
    int r = PyObject_IsTrue(value);
    Py_DECREF(value);
    return r;
}

/* entry.keep; -1 on error. */
static int entry_keeps(PyObject *entry) {
    return truth_of(PyObject_GetAttr(entry, str_keep));
}

/* The count ``name`` of cleaner.lexicon into *value, read from the module on the first call (while *value
   is negative); -1 on error. */
static int lexicon_constant(const char *name, Py_ssize_t *value) {
    if (*value >= 0)
        return 0;
    PyObject *module = PyImport_ImportModule("cleaner.lexicon");
    PyObject *limit = module ? PyObject_GetAttrString(module, name) : NULL;
    Py_XDECREF(module);
    if (limit == NULL)
        return -1;
    *value = PyLong_AsSsize_t(limit);
    Py_DECREF(limit);
    return *value < 0 ? -1 : 0;
}

/* lexicon.MAX_OUTSIDE_CONTAINED, read once from the module. */
static Py_ssize_t max_outside_contained = -1;

/* 1 when ``entry`` is a contained phrase (``* phrase *``) and the line ``norm`` has more than
   lexicon.MAX_OUTSIDE_CONTAINED characters besides its match of ``span`` characters; 0 otherwise; -1 on
   error. */
static int contained_too_long(PyObject *entry, Py_ssize_t span, PyObject *norm) {
    PyObject *contained = PyObject_GetAttr(entry, str_contained);
    if (contained == NULL)
        return -1;
    int is = PyObject_IsTrue(contained);
    Py_DECREF(contained);
    if (is <= 0)
        return is;
    if (lexicon_constant("MAX_OUTSIDE_CONTAINED", &max_outside_contained) < 0)
        return -1;
    return PyUnicode_GET_LENGTH(norm) - span > max_outside_contained;
}

/* The lexicon's index words (Lexicon.by_word; a Lexicon is built once per process and set of files): a
   token whose bit is clear files no entry. */
#define WORD_FILTER_BITS (1u << 16)
static unsigned char word_filter_bits[WORD_FILTER_BITS / 8];
static HashFilter word_filter = {word_filter_bits, WORD_FILTER_BITS - 1, NULL, -1};

static PyObject *str_compiled_slot;  /* "_compiled" */

/* pattern.search(norm) of a lexicon.LazyPattern: its compiled pattern's search when it has been compiled
   (what LazyPattern.search calls, without its two Python frames), else LazyPattern.search, which compiles
   it. A new reference. */
static PyObject *lazy_search(PyObject *pattern, PyObject *norm) {
    PyObject *compiled = PyObject_GetAttr(pattern, str_compiled_slot);
    if (compiled == NULL) {
        if (!PyErr_ExceptionMatches(PyExc_AttributeError))
            return NULL;
        PyErr_Clear();  /* not a LazyPattern: a pattern of its own */
        return PyObject_CallMethodOneArg(pattern, str_search, norm);
    }
    PyObject *m = PyObject_CallMethodOneArg(compiled == Py_None ? pattern : compiled, str_search, norm);
    Py_DECREF(compiled);
    return m;
}

static int lx_pattern_span(PyObject *pattern, PyObject *norm, Py_ssize_t *start, Py_ssize_t *end);

/* One (literal, pattern, entry) candidate of Lexicon.match against norm: 1 when it decides the line
   (a keep entry matched: *found is it), 0 to go on (*found is set when a chrome entry matched first),
   -1 on error. *found is a new reference or NULL. */
static int try_candidate(PyObject *item, PyObject *norm, PyObject **found) {
    if (!PyTuple_Check(item) || PyTuple_GET_SIZE(item) != 3) {
        PyErr_SetString(PyExc_TypeError, "lexicon_match() needs (literal, pattern, entry) items");
        return -1;
    }
    PyObject *literal = PyTuple_GET_ITEM(item, 0), *pattern = PyTuple_GET_ITEM(item, 1);
    PyObject *entry = PyTuple_GET_ITEM(item, 2);
    int keep = entry_keeps(entry);
    if (keep < 0)
        return -1;
    if (!keep && *found != NULL)
        return 0;
    int in = PyUnicode_Contains(norm, literal);
    if (in <= 0)
        return in;
    Py_ssize_t start, end;
    int hit = lx_pattern_span(pattern, norm, &start, &end);
    if (hit <= 0)
        return hit;
    if (!keep) {
        /* A contained chrome phrase decides only a line with at most lexicon.MAX_OUTSIDE_CONTAINED
           characters besides it. */
        int outside = contained_too_long(entry, end - start, norm);
        if (outside != 0)
            return outside < 0 ? -1 : 0;
    }
    Py_INCREF(entry);
    Py_XSETREF(*found, entry);
    return keep;
}

/* try_candidate on every item of the tuple ``items`` in order, until one decides the line. */
static int try_candidates(PyObject *items, PyObject *norm, PyObject **found) {
    for (Py_ssize_t k = 0; k < PyTuple_GET_SIZE(items); k++) {
        int r = try_candidate(PyTuple_GET_ITEM(items, k), norm, found);
        if (r != 0)
            return r;
    }
    return 0;
}

/* The tokens of a line are those of its normal form unless it holds a character of
   lexicon.TOKENS_APART (FOLDING_CHARS and CJK; for an ASCII line, the underscore). */
static int tokens_apart(PyObject *text) {
    Chars t = chars_of(text);
    int ascii = PyUnicode_IS_ASCII(text);
    for (Py_ssize_t i = 0; i < t.len; i++) {
        Py_UCS4 c = AT(t, i);
        if (ascii ? c == '_' : (is_folding(c) || is_cjk(c)))
            return 1;
    }
    return 0;
}

/* lexicon.ASCII_GLUE.search(text) is not None: a-z directly followed by A-Z. */
static int ascii_glue(PyObject *text) {
    const Py_UCS1 *d = PyUnicode_1BYTE_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    for (Py_ssize_t i = 1; i < n; i++)
        if (d[i] >= 'A' && d[i] <= 'Z' && d[i - 1] >= 'a' && d[i - 1] <= 'z')
            return 1;
    return 0;
}

/* lexicon.GLUED_PIECE_MAX_WORDS, read once from the module. */
static Py_ssize_t glued_piece_max_words = -1;

/* 0 when Lexicon._glued(text) returns None before it splits the line: the text holds no glue point
   (lexicon.GLUE: a lower-case letter right before an upper-case one) among its first
   lexicon.GLUED_PIECE_MAX_WORDS words, or, when it holds "_" or "(" (the case in which _glued leaves
   identifiers out first, which makes no glue point), none at all. 1 when it may hold one: then _glued
   decides. A character outside the Basic Multilingual Plane next to a letter counts as a glue point
   (the tables hold the BMP only). -1 on error. */
static int may_glue(PyObject *text) {
    if (lexicon_constant("GLUED_PIECE_MAX_WORDS", &glued_piece_max_words) < 0)
        return -1;
    Chars t = chars_of(text);
    int identifiers = 0;
    for (Py_ssize_t i = 0; i < t.len && !identifiers; i++) {
        Py_UCS4 c = AT(t, i);
        identifiers = c == '_' || c == '(';
    }
    Py_ssize_t words = 0;
    Py_UCS4 prev = ' ';
    for (Py_ssize_t i = 0; i < t.len; i++) {
        Py_UCS4 c = AT(t, i);
        if (Py_UNICODE_ISSPACE(c)) {
            if (!Py_UNICODE_ISSPACE(prev) && i > 0 && !identifiers && ++words == glued_piece_max_words)
                return 0;
        } else if (i > 0 && !Py_UNICODE_ISSPACE(prev)) {
            if (prev >= BMP || c >= BMP || (is_glue_lower(prev) && is_glue_upper(c)))
                return 1;
        }
        prev = c;
    }
    return 0;
}

static PyObject *may_glue_py(PyObject *self, PyObject *text) {
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "may_glue() needs a str");
        return NULL;
    }
    if (!tables_set) {
        PyErr_SetString(PyExc_RuntimeError, "may_glue() before set_tables()");
        return NULL;
    }
    int r = may_glue(text);
    if (r < 0)
        return NULL;
    return PyBool_FromLong(r);
}

/* Lexicon.match(text, norm, tokens) with norm given (tokens may be None): a new reference. */
static PyObject *match_line(PyObject *lex, PyObject *text, PyObject *norm, PyObject *tokens) {
    PyObject *whole = NULL, *by_word = NULL, *wordless = NULL, *source = NULL, *words = NULL, *found = NULL;
    whole = PyObject_GetAttr(lex, str_whole);
    if (whole == NULL || !PyDict_Check(whole))
        goto bad_type;
    found = PyDict_GetItemWithError(whole, norm);
    if (found == NULL && PyErr_Occurred())
        goto fail;
    Py_XINCREF(found);
    if (found != NULL) {
        int keep = entry_keeps(found);
        if (keep < 0)
            goto fail;
        if (keep) {
            Py_DECREF(whole);
            return found;
        }
    }
    by_word = PyObject_GetAttr(lex, str_by_word);
    wordless = PyObject_GetAttr(lex, str_wordless);
    if (by_word == NULL || wordless == NULL || !PyDict_Check(by_word) || !PyTuple_Check(wordless))
        goto bad_type;
    source = tokens != Py_None && !tokens_apart(text)
        ? PySequence_Fast(tokens, "lexicon_match() needs a sequence of tokens") : word_runs(norm, NULL);
    if (source == NULL || hash_filter_build(&word_filter, by_word) < 0)
        goto fail;
    /* The index words among the line's words, distinct, in sorted order. */
    words = PyList_New(0);
    if (words == NULL)
        goto fail;
    for (Py_ssize_t i = 0; i < PySequence_Fast_GET_SIZE(source); i++) {
        PyObject *tok = PySequence_Fast_GET_ITEM(source, i);
        Py_hash_t h = PyObject_Hash(tok);
        if (h == -1)
            goto fail;
        if (!hash_filter_may_hold(&word_filter, h))  /* most words file no entry: no lookup in the index */
            continue;
        int in = PyDict_Contains(by_word, tok);
        if (in < 0 || (in > 0 && PyList_Append(words, tok) < 0))
            goto fail;
    }
    if (PyList_GET_SIZE(words) > 1) {  /* most lines hold none or one: spare them the set */
        PyObject *distinct = PySet_New(words);
        Py_SETREF(words, distinct ? PySequence_List(distinct) : NULL);
        Py_XDECREF(distinct);
        if (words == NULL || PyList_Sort(words) < 0)
            goto fail;
    }
    for (Py_ssize_t w = 0; w < PyList_GET_SIZE(words); w++) {
        PyObject *items = PyDict_GetItemWithError(by_word, PyList_GET_ITEM(words, w));
        if (items == NULL || !PyTuple_Check(items))
            goto bad_type;
        int r = try_candidates(items, norm, &found);
        if (r < 0)
            goto fail;
        if (r > 0)
            goto done;
    }
    int r = try_candidates(wordless, norm, &found);
    if (r < 0)
        goto fail;
    if (r > 0)
        goto done;
    if (found == NULL) {
        int glue = PyUnicode_IS_ASCII(text) ? ascii_glue(text) : may_glue(text);
        if (glue < 0)
            goto fail;
        if (!glue) {
            found = Py_None;
            Py_INCREF(found);
        } else {
            found = PyObject_CallMethodOneArg(lex, str_glued, text);
            if (found == NULL)
                goto fail;
        }
    }
done:
    Py_DECREF(whole);
    Py_DECREF(by_word);
    Py_DECREF(wordless);
    Py_DECREF(source);
    Py_DECREF(words);
    return found;
bad_type:
    if (!PyErr_Occurred())
        PyErr_SetString(PyExc_TypeError, "lexicon_match() needs a lexicon.Lexicon");
fail:
    Py_XDECREF(whole);
    Py_XDECREF(by_word);
    Py_XDECREF(wordless);
    Py_XDECREF(source);
    Py_XDECREF(words);
    Py_XDECREF(found);
    return NULL;
}

static PyObject *lexicon_match(PyObject *self, PyObject *args) {
    PyObject *lex, *text, *norm, *tokens;
    if (!PyArg_ParseTuple(args, "OUUO", &lex, &text, &norm, &tokens))
        return NULL;
    return match_line(lex, text, norm, tokens);
}

/* lexicon_entries(lexicon, lines) -> [Lexicon.match(line.text, line.key, line.tokens) for line in lines],
   each distinct text matched once (pages repeat their menus and share rows). */
static PyObject *lexicon_entries(PyObject *self, PyObject *args) {
    PyObject *lex, *lines_;
    if (!PyArg_ParseTuple(args, "OO!", &lex, &PyTuple_Type, &lines_))
        return NULL;
    Py_ssize_t n = PyTuple_GET_SIZE(lines_);
    PyObject *out = PyList_New(n), *entry_of = PyDict_New();
    if (out == NULL || entry_of == NULL)
        goto fail;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *line = PyTuple_GET_ITEM(lines_, i);
        if (!PyTuple_Check(line) || PyTuple_GET_SIZE(line) < 14 || !PyUnicode_Check(PyTuple_GET_ITEM(line, 1))
            || !PyUnicode_Check(PyTuple_GET_ITEM(line, 13))) {
            PyErr_SetString(PyExc_TypeError, "lexicon_entries() needs page.Line tuples");
            goto fail;
        }
        PyObject *text = PyTuple_GET_ITEM(line, 1);
        PyObject *entry = PyDict_GetItemWithError(entry_of, text);
        if (entry != NULL) {
            Py_INCREF(entry);
        } else {
            if (PyErr_Occurred())
                goto fail;
            entry = match_line(lex, text, PyTuple_GET_ITEM(line, 13), PyTuple_GET_ITEM(line, 3));
            if (entry == NULL)
                goto fail;
            if (PyDict_SetItem(entry_of, text, entry) < 0) {
                Py_DECREF(entry);
                goto fail;
            }
        }
        PyList_SET_ITEM(out, i, entry);
    }
    Py_DECREF(entry_of);
    return out;
fail:
    Py_XDECREF(out);
    Py_XDECREF(entry_of);
    return NULL;
}

/* ------------------------------------------------------------------ features.classify */

static PyObject *str_match, *str_fullmatch, *str_findall, *str_finditer, *str_start;

/* What stages.features.classify reads besides the line: the page's and the stage's constants, given as
   one tuple by features._core_params (in the order of this struct), so that each is stated once, in
   Python. */
typedef struct {
    PyObject *label_template, *good, *near, *short_, *name;
    int has_lang;            /* page.lang is not None */
    double prose_density;    /* language.prose_density(page.lang, ...) when has_lang */
    Py_ssize_t long_words, near_words;
    double title_share, list_max_density;
    Py_ssize_t counted_max_words, wiki_max_words, comment_max_words, dateline_max_words, byline_max_words,
        contact_max_words, menu_min_separators, tag_min_items, teaser_words, teaser_max_lower, identifier_digits,
        dateline_other_words, teaser_content_words;
    double tag_max_density, link_share, menu_max_digits, menu_words_per_item;
    PyObject *clock, *comment_header, *dateline, *byline, *post_meta, *author_bio, *author_roles, *ticker, *teaser_glue, *number_row,
        *counted_label, *wiki_edit_link, *email, *contact_label, *date_evidence, *date_filler, *time_or_date;
    /* The labels of the rules whose whole test is run here (features.NO_WORDS_LABEL ...), and the
       reason of a menu (features.MENU_REASON, a format with its count of separators). */
    PyObject *no_words, *identifier, *counted, *comment_header_label, *dateline_label, *byline_label,
        *contact_line, *ticker_label, *teaser_label, *menu_reason, *quotation, *spaced_menu_reason;
    Py_ssize_t spaced_min_items, spaced_item_chars, spaced_letters_min_items, glued_min_words;
} ClassifyParams;

#define CLASSIFY_PARAMS 45

static int classify_params(PyObject *tuple, ClassifyParams *p) {
    if (!PyTuple_Check(tuple) || PyTuple_GET_SIZE(tuple) != CLASSIFY_PARAMS) {
        PyErr_SetString(PyExc_TypeError, "classify needs the tuple of features._core_params");
        return -1;
    }
    PyObject *prose;
    if (!PyArg_ParseTuple(tuple, "OOOOOOnnddnnnnnnnnnnnnnddddOOOOOOO!OOOOOOOO!O!O(OOOOOOOOOUOUnnnn)", &p->label_template, &p->good, &p->near,
                          &p->short_, &p->name, &prose, &p->long_words, &p->near_words, &p->title_share,
                          &p->list_max_density, &p->counted_max_words, &p->wiki_max_words,
                          &p->comment_max_words, &p->dateline_max_words, &p->byline_max_words,
                          &p->contact_max_words, &p->menu_min_separators, &p->tag_min_items, &p->teaser_words,
                          &p->teaser_max_lower, &p->identifier_digits, &p->dateline_other_words, &p->teaser_content_words,
                          &p->tag_max_density, &p->link_share,
                          &p->menu_max_digits, &p->menu_words_per_item, &p->clock, &p->comment_header,
                          &p->dateline, &p->byline, &p->post_meta, &p->author_bio, &PyTuple_Type, &p->author_roles, &p->ticker, &p->teaser_glue,
                          &p->number_row, &p->counted_label, &p->wiki_edit_link, &p->email, &p->contact_label,
                          &PyFrozenSet_Type, &p->date_evidence, &PyFrozenSet_Type, &p->date_filler, &p->time_or_date,
                          &p->no_words, &p->identifier, &p->counted, &p->comment_header_label, &p->dateline_label,
                          &p->byline_label, &p->contact_line, &p->ticker_label, &p->teaser_label, &p->menu_reason,
                          &p->quotation, &p->spaced_menu_reason, &p->spaced_min_items, &p->spaced_item_chars,
                          &p->spaced_letters_min_items, &p->glued_min_words))
        return -1;
    if (!PyTuple_Check(p->label_template) || PyTuple_GET_SIZE(p->label_template) < 4) {
        PyErr_SetString(PyExc_TypeError, "classify needs a label of the stage to build its labels on");
        return -1;
    }
    p->has_lang = prose != Py_None;
    p->prose_density = p->has_lang ? PyFloat_AsDouble(prose) : 0.0;
    return p->has_lang && p->prose_density == -1.0 && PyErr_Occurred() ? -1 : 0;
}

/* pattern.<method>(text) is not None: 1, 0, or -1 on error. */
static int pattern_hits(PyObject *pattern, PyObject *method, PyObject *text) {
    PyObject *m = PyObject_CallMethodOneArg(pattern, method, text);
    if (m == NULL)
        return -1;
    int hit = m != Py_None;
    Py_DECREF(m);
    return hit;
}

/* fn(text) is true: 1, 0, or -1 on error. */
static int call_true(PyObject *fn, PyObject *text) {
    return truth_of(PyObject_CallOneArg(fn, text));
}

/* The ASCII string ``lit`` stands in ``t`` (memmem on a one-byte str). */
/* The search of contains_ascii in the characters of one kind (a loop per kind: AT's switch on the kind
   for every character cost more than the comparisons). */
#define CONTAINS_ASCII_IN(TYPE)                                                            \
    do {                                                                                   \
        const TYPE *d = (const TYPE *)t.data;                                              \
        const TYPE first = (TYPE)(unsigned char)lit[0];                                    \
        for (Py_ssize_t i = 0; i + (Py_ssize_t)n <= t.len; i++) {                          \
            if (d[i] != first)                                                             \
                continue;                                                                  \
            size_t k = 1;                                                                  \
            while (k < n && d[i + (Py_ssize_t)k] == (TYPE)(unsigned char)lit[k])           \
                k++;                                                                       \
            if (k == n)                                                                    \
                return 1;                                                                  \
        }                                                                                  \
        return 0;                                                                          \
    } while (0)

static int contains_ascii(Chars t, const char *lit) {
    size_t n = strlen(lit);
    if (t.kind == PyUnicode_1BYTE_KIND)
        return memmem(t.data, (size_t)t.len, lit, n) != NULL;
    if (t.kind == PyUnicode_2BYTE_KIND)
        CONTAINS_ASCII_IN(Py_UCS2);
    CONTAINS_ASCII_IN(Py_UCS4);
}

/* A character that the `regex` module may read as \d: a decimal digit, or a character beyond ASCII that
   Python's Unicode database does not print (an unassigned one among them: the module's database may be
   newer; see dateline_of). */
static inline int may_be_digit(Py_UCS4 c) {
    return is_decimal(c) || (c >= 128 && !Py_UNICODE_ISPRINTABLE(c));
}

/* ``t`` holds a digit (may_be_digit), one of the ASCII characters ``marks`` and a digit, one right after the
   other, and a second digit after those when ``two`` is set: what every match of features.CLOCK (two) and
   of features.TIME_OR_DATE holds, so that a line without it is not searched. */
static int digit_mark_digit(Chars t, const char *marks, int two) {
    for (Py_ssize_t i = 1; i + 1 + two < t.len; i++) {
        Py_UCS4 c = AT(t, i);
        if (c < 128 && c && strchr(marks, (int)c) && may_be_digit(AT(t, i - 1)) && may_be_digit(AT(t, i + 1))
            && (!two || may_be_digit(AT(t, i + 2))))
            return 1;
    }
    return 0;
}

/* features.dateline(text), (evidence, filler) being features.date_words(): 1, 0, -1 on error, -2 when
   text.lower() holds a character beyond ASCII that Python's Unicode database does not print (an
   unassigned one among them), the only characters on which the `regex` module's \p{L} and \d (of its
   own, newer database) and str.isalpha and str.isdecimal disagree (tests/test_native.py checks it): the
   caller asks the Python function then. The tokens are features.DATE_TOKEN's, found by hand: a letter
   and then letters, dots, apostrophes and hyphens; or digits and one of the ordinal endings. */
static int dateline_of(PyObject *text, const ClassifyParams *p) {
    static const Py_UCS4 endings[][3] = {{'s', 't'}, {'n', 'd'}, {'r', 'd'}, {'t', 'h'}, {'e', 'r'}, {'e'}, {0xba},
                                         {0xaa}};
    PyObject *low = PyObject_CallMethodNoArgs(text, str_lower);
    if (low == NULL)
        return -1;
    Chars t = chars_of(low);
    int digits = 0, result = -1;
    for (Py_ssize_t i = 0; i < t.len; i++) {
        Py_UCS4 c = AT(t, i);
        if (c >= 0x80 && !Py_UNICODE_ISPRINTABLE(c)) {
            Py_DECREF(low);
            return -2;
        }
        digits |= is_decimal(c);
    }
    if (!digits) {  /* a digit starts a token wherever it stands: no digit, no number among the tokens */
        Py_DECREF(low);
        return 0;
    }
    Py_ssize_t signs = 0, others = 0;
    if (digit_mark_digit(chars_of(text), ":h./-", 0)) {
        PyObject *found = PyObject_CallMethodOneArg(p->time_or_date, str_findall, text);
        if (found == NULL || !PyList_Check(found)) {
            if (found != NULL)
                PyErr_SetString(PyExc_TypeError, "dateline needs a pattern's findall");
            Py_XDECREF(found);
            Py_DECREF(low);
            return -1;
        }
        signs = PyList_GET_SIZE(found);
        Py_DECREF(found);
    }
    for (Py_ssize_t i = 0; i < t.len;) {
        Py_UCS4 c = AT(t, i);
        Py_ssize_t j = i + 1;
        if (is_decimal(c)) {
            while (j < t.len && is_decimal(AT(t, j)))
                j++;
            for (size_t k = 0; k < sizeof endings / sizeof endings[0]; k++) {
                Py_ssize_t n = 0;
                while (n < 3 && endings[k][n] && j + n < t.len && AT(t, j + n) == endings[k][n])
                    n++;
                if (n == 3 || !endings[k][n]) {
                    j += n;
                    break;
                }
            }
            i = j;
            continue;
        }
        if (!is_alpha(c)) {
            i++;
            continue;
        }
        while (j < t.len) {
            Py_UCS4 d = AT(t, j);
            if (!(is_alpha(d) || d == '.' || d == '\'' || d == '-'))
                break;
            j++;
        }
        Py_ssize_t bare = j;  /* tok.rstrip(".") */
        while (bare > i && AT(t, bare - 1) == '.')
            bare--;
        PyObject *tok = PyUnicode_Substring(low, i, j);
        int in = tok ? PySet_Contains(p->date_filler, tok) : -1;
        if (in == 0) {
            in = PySet_Contains(p->date_evidence, tok);
            if (in == 0 && bare < j) {
                PyObject *stripped = PyUnicode_Substring(low, i, bare);
                in = stripped ? PySet_Contains(p->date_evidence, stripped) : -1;
                Py_XDECREF(stripped);
            }
            if (in >= 0) {
                signs += in;
                others += !in;
            }
        }
        Py_XDECREF(tok);
        if (in < 0)
            goto done;
        i = j;
    }
    result = signs > 0 && (others == 0 || (signs >= 2 && others <= p->dateline_other_words));
done:
    Py_DECREF(low);
    return result;
}

/* One of the ASCII words of the tuple ``roles`` (features.AUTHOR_ROLES) stands in ``t``: 1, 0, -1 on error. */
static int lx_contains_any_of(Chars t, const char *const *lits);

static int names_a_role(Chars t, PyObject *roles) {
    const char *lits[33];
    Py_ssize_t n = PyTuple_GET_SIZE(roles);
    if (n >= 33) {  /* more roles than the one pass takes: one search each */
        for (Py_ssize_t r = 0; r < n; r++) {
            const char *role = PyUnicode_AsUTF8(PyTuple_GET_ITEM(roles, r));
            if (role == NULL)
                return -1;
            if (contains_ascii(t, role))
                return 1;
        }
        return 0;
    }
    for (Py_ssize_t r = 0; r < n; r++)
        if ((lits[r] = PyUnicode_AsUTF8(PyTuple_GET_ITEM(roles, r))) == NULL)
            return -1;
    lits[n] = NULL;
    return lx_contains_any_of(t, lits);
}

static Py_ssize_t count_char(Chars t, Py_UCS4 c) {
    Py_ssize_t n = 0;
    for (Py_ssize_t i = 0; i < t.len; i++)
        n += AT(t, i) == c;
    return n;
}

/* Whether the opening of ``t`` leaves features._teaser a chance: its first ``teaser_words`` words (as
   str.split() cuts them) exist, the first of them but one are in title case (features._title_case)
   and at most ``teaser_max_lower`` of them open lower-case. str.isalpha, isupper and islower of one
   character are the functions called here. */
static int teaser_opening(Chars t, const ClassifyParams *p) {
    Py_ssize_t nwords = 0, lower = 0, lower_head = 0;
    int content_upper = 1;
    for (Py_ssize_t i = 0, j = 0; nwords < p->teaser_words && next_word(t, &i, &j);) {
        Py_UCS4 first = AT(t, i);
        int low = Py_UNICODE_ISLOWER(first) ? 1 : 0;
        lower += low;
        if (nwords < p->teaser_words - 1) {
            lower_head += low;
            if (is_alpha(first) && j - i >= 4 && !Py_UNICODE_ISUPPER(first))
                content_upper = 0;
        }
        nwords++;
    }
    return nwords >= p->teaser_words && content_upper && lower_head <= p->teaser_max_lower
        && lower <= p->teaser_max_lower;
}

/* What features._title_case and the teaser test read of a headline's words. */
typedef struct {
    Py_ssize_t words, content, lower;
    int content_upper;
} Head;

static void head_add(Head *h, Py_UCS4 first, Py_ssize_t len) {
    h->words++;
    h->lower += Py_UNICODE_ISLOWER(first) ? 1 : 0;
    if (is_alpha(first) && len >= 4) {  /* features._content_words */
        h->content++;
        h->content_upper &= Py_UNICODE_ISUPPER(first) ? 1 : 0;
    }
}

/* features.ASCII_TEASER_GLUE.search(text) is not None for an ASCII text: a capital right after a lower-case
   letter, or after one and one of the marks that may end a headline. */
static int ascii_teaser_glue(Chars t) {
    const Py_UCS1 *d = t.data;
    for (Py_ssize_t i = 1; i < t.len; i++) {
        if (d[i] < 'A' || d[i] > 'Z')
            continue;
        if ((d[i - 1] >= 'a' && d[i - 1] <= 'z')
            || (i >= 2 && d[i - 2] >= 'a' && d[i - 2] <= 'z' && strchr(".!?'\")", d[i - 1]) && d[i - 1]))
            return 1;
    }
    return 0;
}

/* features._teaser(line) for a line whose opening teaser_opening let through: 1, 0, -1 on error. The
   glue points are the pattern's (features.TEASER_GLUE, after the ASCII pattern's test that the Python
   makes first); the headline before each is text[:start].split(), read in one pass over the line
   however many glue points it has. */
static Py_ssize_t lx_teaser_glue_from(Chars t, Py_ssize_t from);

static int teaser_glued(PyObject *text, Chars t, const ClassifyParams *p) {
    if (PyUnicode_IS_ASCII(text) && !ascii_teaser_glue(t))
        return 0;
    /* The glue points are found here (lx_teaser_glue_from), or by the pattern where that is undecided. */
    Py_ssize_t start = lx_teaser_glue_from(t, 0);
    PyObject *glues = start == -2 ? PyObject_CallMethodOneArg(p->teaser_glue, str_finditer, text) : NULL, *glue;
    if (start == -2 && glues == NULL)
        return -1;
    Head done = {0, 0, 0, 1};  /* the words that end before the scan position */
    Py_ssize_t scan = 0;
    int result = 0;
    while (!result) {
        if (glues == NULL) {
            if (start < 0)
                break;
        } else {
            if ((glue = PyIter_Next(glues)) == NULL)
                break;
            PyObject *at = PyObject_CallMethodNoArgs(glue, str_start);
            Py_DECREF(glue);
            start = at ? PyLong_AsSsize_t(at) : -1;
            Py_XDECREF(at);
            if (start < 0 && PyErr_Occurred()) {
                result = -1;
                break;
            }
        }
        Head head = done;
        for (Py_ssize_t i = scan, j = scan; next_word(t, &i, &j) && i < start;) {
            if (j > start) {  /* the word the glue cuts: its head is a word of the headline */
                head_add(&head, AT(t, i), start - i);
                break;
            }
            head_add(&done, AT(t, i), j - i);
            head_add(&head, AT(t, i), j - i);
            scan = j;
        }
        result = head.words >= p->teaser_words && head.content >= p->teaser_content_words && head.content_upper
            && head.lower <= p->teaser_max_lower;
        if (glues == NULL)
            start = lx_teaser_glue_from(t, start + 1);
    }
    Py_XDECREF(glues);
    return PyErr_Occurred() ? -1 : result;
}

/* A copy of the label ``template`` (a labels.Label of the stage) with the reason ``reason`` (a reference
   stolen; NULL: an error already set) and, where not NULL, the class ``cls`` and keep ``keep``, built as
   the tuple subclass the template is. */
static PyObject *label_like(PyObject *template, PyObject *cls, PyObject *keep, PyObject *reason) {
    if (reason == NULL || !PyTuple_Check(template) || PyTuple_GET_SIZE(template) < 4) {
        if (reason != NULL)
            PyErr_SetString(PyExc_TypeError, "classify needs labels of the stage to build its labels on");
        Py_XDECREF(reason);
        return NULL;
    }
    PyTypeObject *type = Py_TYPE(template);
    Py_ssize_t n = PyTuple_GET_SIZE(template);
    PyObject *label = type->tp_alloc(type, n);
    if (label == NULL) {
        Py_DECREF(reason);
        return NULL;
    }
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *item = k == 0 && cls ? cls : k == 1 && keep ? keep : k == 3 ? reason : PyTuple_GET_ITEM(template, k);
        if (k != 3)
            Py_INCREF(item);
        PyTuple_SET_ITEM(label, k, item);
    }
    return label;
}

static PyObject *lx_describe(const char *prefix, Py_ssize_t words, double density, int is_terminal);

/* A label of the stage of class ``cls`` and keep ``keep``, with the reason ``prefix`` +
   features._describe(line): a copy of p->label_template (its other fields at their defaults). */
static PyObject *described_label(const ClassifyParams *p, PyObject *cls, PyObject *keep, const char *prefix,
                                 Py_ssize_t words, double density, int is_terminal) {
    PyObject *written = lx_describe(prefix, words, density, is_terminal);
    if (written != Py_None)
        return label_like(p->label_template, cls, keep, written);
    Py_DECREF(written);
    char *pct = PyOS_double_to_string(density * 100.0, 'f', 0, 0, NULL);
    if (pct == NULL)
        return NULL;
    PyObject *reason = PyUnicode_FromFormat("%s%zd words, %s%% stopwords, %s", prefix, words, pct,
                                            is_terminal ? "ends a sentence" : "no sentence end");
    PyMem_Free(pct);
    return label_like(p->label_template, cls, keep, reason);
}

/* A Han character or kana (features.HAN_KANA). */
static int is_han_kana(Py_UCS4 c) {
    return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff)
        || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x2fa1f);
}

/* The line holds a space or a tab and a Han character or kana: the spaced-items menu rule of
   features.classify may match it. */
static int spaced_han_kana(Chars t) {
    int space = 0, han = 0;
    for (Py_ssize_t i = 0; i < t.len && !(space && han); i++) {
        Py_UCS4 c = AT(t, i);
        space |= c == ' ' || c == '\t';
        han |= is_han_kana(c);
    }
    return space && han;
}

/* A mark of CJK punctuation (features.CJK_PUNCTUATION). */
static int is_cjk_punctuation(Py_UCS4 c) {
    return c == 0x3001 || c == 0x3002 || c == 0xff0c || c == 0xff01 || c == 0xff1f || c == 0xff1b || c == 0xff1a
        || c == 0x300c || c == 0x300d;
}

/* features._spaced_cjk_items(line): the count of the line's items (str.split()'s) when it is a menu of
   short CJK runs set apart by spaces, else 0. */
static Py_ssize_t spaced_cjk_items(Chars t, const ClassifyParams *p) {
    Py_ssize_t items = 0, foreign = 0, longer = 0;
    for (Py_ssize_t i = 0; i < t.len; i++) {
        if (is_cjk_punctuation(AT(t, i)))
            return 0;
    }
    for (Py_ssize_t i = 0, j = 0; next_word(t, &i, &j);) {
        if (j - i > p->spaced_item_chars)
            return 0;
        int han = 0;
        for (Py_ssize_t k = i; k < j && !han; k++)
            han = is_han_kana(AT(t, k));
        foreign += !han;
        longer += j - i > 1;
        items++;
    }
    /* Text set in spaced letters (features.SPACED_CJK_LETTERS_MIN_ITEMS) is no menu. */
    if (items >= p->spaced_letters_min_items && longer <= 1)
        return 0;
    return items >= p->spaced_min_items && foreign <= 1 ? items : 0;
}

/* stages.features.classify(line, page) for the lines that none of its rules of chrome can match (every
   rule's test, or a quick test that the rule needs, finds nothing, and the line gets its class from its
   length, stopwords and title case) and for the lines of a rule whose whole test is run here (the
   stage's label of the rule). None (a new reference) for every other line: the caller runs the Python
   classify on it. */
/* The ASCII characters that can open a match of a pattern anchored at the line's start (features.BYLINE:
   "by", "von", "posted", "автор" ...; POST_META; TICKER), found by asking the pattern itself for a partial
   match of each (the `regex` module's ``partial=True``): a line that opens with another ASCII character
   is not searched. Worked out once per pattern object. The other characters of the Basic Multilingual Plane
   are asked about the same way when a line first opens with one (a page of one script meets a few of
   them); a character beyond it may open a match. */
typedef struct {
    PyObject *pattern;        /* a strong reference, or NULL before the first use */
    unsigned char opens[128];
    unsigned char asked[BMP / 8], opens_bmp[BMP / 8];  /* bits: asked about yet; may open a match */
    unsigned char asked_pair[128 * 128 / 8], opens_pair[128 * 128 / 8];  /* the same of two ASCII characters */
} Openers;
static Openers byline_openers, post_meta_openers, ticker_openers;

static int openers_of(Openers *o, PyObject *pattern) {
    if (o->pattern == pattern)
        return 0;
    PyObject *kwargs = Py_BuildValue("{sO}", "partial", Py_True), *match = PyObject_GetAttr(pattern, str_match);
    if (kwargs == NULL || match == NULL) {
        Py_XDECREF(kwargs);
        Py_XDECREF(match);
        return -1;
    }
    for (int c = 0; c < 128; c++) {
        PyObject *ch = PyUnicode_FromOrdinal(c), *args = ch ? PyTuple_Pack(1, ch) : NULL;
        PyObject *m = args ? PyObject_Call(match, args, kwargs) : NULL;
        Py_XDECREF(ch);
        Py_XDECREF(args);
        if (m == NULL) {  /* a pattern without partial matching: every character may open a match */
            if (!PyErr_ExceptionMatches(PyExc_TypeError)) {
                Py_DECREF(kwargs);
                Py_DECREF(match);
                return -1;
            }
            PyErr_Clear();
            memset(o->opens, 1, sizeof o->opens);
            break;
        }
        o->opens[c] = c == 0 || m != Py_None;  /* a NUL stands for "no first character" too */
        Py_DECREF(m);
    }
    Py_DECREF(kwargs);
    Py_DECREF(match);
    Py_INCREF(pattern);
    Py_XSETREF(o->pattern, pattern);
    memset(o->asked, 0, sizeof o->asked);
    memset(o->asked_pair, 0, sizeof o->asked_pair);
    return 0;
}

/* The openers of the anchored patterns of ``p``; -1 on error. */
static int set_openers(const ClassifyParams *p) {
    return openers_of(&byline_openers, p->byline) < 0 || openers_of(&post_meta_openers, p->post_meta) < 0
        || openers_of(&ticker_openers, p->ticker) < 0 ? -1 : 0;
}

/* 1 when a line that opens with ``first`` (0: an empty line) may match the pattern of ``o``. */
/* Bit k of the bitmaps ``asked`` and ``opens``: whether a line that opens with the characters of ``prefix``
   (new reference, stolen) may match ``pattern``, asked of its partial match the first time: 1, 0, -1 on
   error. */
static int ask_opens(PyObject *pattern, unsigned char *asked, unsigned char *opens, size_t k, PyObject *prefix) {
    unsigned char bit = (unsigned char)(1u << (k & 7));
    if (!(asked[k >> 3] & bit)) {
        PyObject *match = prefix ? PyObject_GetAttr(pattern, str_match) : NULL;
        PyObject *kwargs = match ? Py_BuildValue("{sO}", "partial", Py_True) : NULL;
        PyObject *args = kwargs ? PyTuple_Pack(1, prefix) : NULL;
        PyObject *m = args ? PyObject_Call(match, args, kwargs) : NULL;
        Py_XDECREF(match);
        Py_XDECREF(kwargs);
        Py_XDECREF(args);
        if (m == NULL) {  /* a pattern without partial matching: every character may open a match */
            if (prefix == NULL || !PyErr_ExceptionMatches(PyExc_TypeError)) {
                Py_XDECREF(prefix);
                return -1;
            }
            PyErr_Clear();
        }
        if (m != Py_None)
            opens[k >> 3] |= bit;
        else
            opens[k >> 3] &= (unsigned char)~bit;
        Py_XDECREF(m);
        asked[k >> 3] |= bit;
    }
    Py_XDECREF(prefix);
    return (opens[k >> 3] & bit) != 0;
}

/* A line ``t`` may match the pattern of ``o`` by its first characters: 1, 0, or -1 on error. A character of
   the BMP beyond ASCII is asked about (a partial match of it alone) the first time it comes, and so are
   the first two characters of a line that opens with two ASCII ones. */
static int may_open(Openers *o, Chars t) {
    Py_UCS4 first = t.len ? AT(t, 0) : 0;
    if (first >= BMP)
        return 1;
    if (first >= 128)
        return ask_opens(o->pattern, o->asked, o->opens_bmp, first, PyUnicode_FromOrdinal((int)first));
    if (!o->opens[first] || t.len < 2 || AT(t, 1) >= 128)
        return o->opens[first];
    Py_UCS4 pair[2] = {first, AT(t, 1)};
    return ask_opens(o->pattern, o->asked_pair, o->opens_pair, first * 128 + pair[1],
                     PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, pair, 2));
}

static PyObject *classify_one(PyObject *line, const ClassifyParams *p) {
    if (!PyTuple_Check(line) || PyTuple_GET_SIZE(line) < 16) {
        PyErr_SetString(PyExc_TypeError, "classify needs page.Line tuples");
        return NULL;
    }
    PyObject *text = PyTuple_GET_ITEM(line, 1), *key = PyTuple_GET_ITEM(line, 13);
    if (!PyUnicode_Check(text) || !PyUnicode_Check(key)) {
        PyErr_SetString(PyExc_TypeError, "classify needs page.Line tuples");
        return NULL;
    }
    Py_ssize_t words = PyLong_AsSsize_t(PyTuple_GET_ITEM(line, 2));
    double density = PyFloat_AsDouble(PyTuple_GET_ITEM(line, 5));
    int is_terminal = PyObject_IsTrue(PyTuple_GET_ITEM(line, 6));
    double title = PyFloat_AsDouble(PyTuple_GET_ITEM(line, 7));
    double digit_share = PyFloat_AsDouble(PyTuple_GET_ITEM(line, 8));
    Py_ssize_t seps = PyLong_AsSsize_t(PyTuple_GET_ITEM(line, 9));
    int letters = PyObject_IsTrue(PyTuple_GET_ITEM(line, 10));
    int code = PyObject_IsTrue(PyTuple_GET_ITEM(line, 11));
    Py_ssize_t ncells = PyLong_AsSsize_t(PyTuple_GET_ITEM(line, 12));
    double linked = PyFloat_AsDouble(PyTuple_GET_ITEM(line, 15));
    if (PyErr_Occurred())
        return NULL;
    Chars t = chars_of(text);
    Py_UCS4 last = t.len ? AT(t, t.len - 1) : 0, first = t.len ? AT(t, 0) : 0;
    int digits = digit_share != 0.0, hit;
#define DEFER_IF(cond) do { if (cond) Py_RETURN_NONE; } while (0)
#define DEFER_IF_HIT(call) do { if ((hit = (call)) < 0) return NULL; if (hit) Py_RETURN_NONE; } while (0)
    /* Where the test is the rule's whole test, a hit is the rule's label. */
#define LABEL_IF(cond, label) do { if (cond) return Py_NewRef(label); } while (0)
#define LABEL_IF_HIT(call, label) do { if ((hit = (call)) < 0) return NULL; LABEL_IF(hit, label); } while (0)
    /* Lines without letters: symbols, identifiers, pagers. */
    if (!letters) {
        LABEL_IF(!digits, p->no_words);
        int all_digits = t.len > 0;
        for (Py_ssize_t i = 0; i < t.len && all_digits; i++)
            all_digits = Py_UNICODE_ISDIGIT(AT(t, i));
        LABEL_IF(t.len >= p->identifier_digits && all_digits, p->identifier);
        DEFER_IF_HIT(pattern_hits(p->number_row, str_fullmatch, text));
    }
    /* A counted label ends with its bracket; a wiki heading with its edit link has one at an end. */
    if (words <= p->counted_max_words && (last == ')' || last == ']') && !is_terminal)
        LABEL_IF_HIT(pattern_hits(p->counted_label, str_match, text), p->counted);
    if (words <= p->wiki_max_words && (last == ']' || first == '['))
        DEFER_IF_HIT(pattern_hits(p->wiki_edit_link, str_match, text));
    /* A wiki footnote's back-link. */
    for (Py_ssize_t i = 0; i < t.len && i < 7; i++)
        DEFER_IF(AT(t, i) == '^' || AT(t, i) == 0x2191);
    if (digits && words <= p->comment_max_words) {
        if ((hit = digit_mark_digit(t, ":.h", 1) ? pattern_hits(p->clock, str_search, text) : 0) < 0)
            return NULL;
        if (hit)
            LABEL_IF_HIT(pattern_hits(p->comment_header, str_search, text), p->comment_header_label);
    }
    if (digits && words <= p->dateline_max_words && ncells < 2) {
        hit = dateline_of(text, p);
        LABEL_IF_HIT(hit == -2 ? call_true(p->dateline, text) : hit, p->dateline_label);
    }
    if (words <= p->byline_max_words && !is_terminal) {
        if ((hit = may_open(&byline_openers, t)) < 0)
            return NULL;
        if (hit)
            LABEL_IF_HIT(pattern_hits(p->byline, str_match, text), p->byline_label);
        if (digits && (hit = may_open(&post_meta_openers, t)) < 0)
            return NULL;
        if (digits && hit)
            DEFER_IF_HIT(pattern_hits(p->post_meta, str_match, text));
    }
    /* A menu: quotation marks that share a separator's glyph, and labelled measurements (which need a
       digit and a colon), are Python's. */
    if (seps >= p->menu_min_separators && (count_char(t, 0xab) || count_char(t, 0x2039) || count_char(t, '<'))) {
        PyObject *quotes = PyObject_CallMethodOneArg(p->quotation, str_findall, text);
        if (quotes == NULL)
            return NULL;
        Py_ssize_t n = PyObject_Length(quotes);
        Py_DECREF(quotes);
        if (n < 0)
            return NULL;
        seps -= 2 * n;
    }
    if (seps >= p->menu_min_separators) {
        if (digit_share < p->menu_max_digits && (double)words / (double)(seps + 1) <= p->menu_words_per_item) {
            DEFER_IF(digits && count_char(t, ':'));
            return label_like(p->no_words, NULL, NULL, PyObject_CallMethod(p->menu_reason, "format", "n", seps));
        }
    }
    /* Short items of a script written without spaces, set apart by spaces. */
    if (!is_terminal && digit_share < p->menu_max_digits && t.kind != PyUnicode_1BYTE_KIND && spaced_han_kana(t)) {
        Py_ssize_t items = spaced_cjk_items(t, p);
        if (items)
            return label_like(p->no_words, NULL, NULL, PyObject_CallMethod(p->spaced_menu_reason, "format", "n", items));
    }
    /* A CJK headline cut short by two or three full stops (features._cut_headline): Python's test. */
    DEFER_IF(t.kind != PyUnicode_1BYTE_KIND && t.len >= 2 && AT(t, t.len - 1) == '.' && AT(t, t.len - 2) == '.');
    /* An author box names the author's role. */
    static const char *const is_was[] = {"is", "was", NULL}, *const phone_words[] = {"tel", "phone", "fax", NULL};
    if (lx_contains_any_of(t, is_was)) {
        if ((hit = names_a_role(t, p->author_roles)) < 0)
            return NULL;
        if (hit)
            DEFER_IF_HIT(pattern_hits(p->author_bio, str_match, text));
    }
    if (words <= p->contact_max_words && count_char(t, '@'))
        LABEL_IF_HIT(pattern_hits(p->email, str_search, text), p->contact_line);
    if (digits) {
        Chars k = chars_of(key);
        if (lx_contains_any_of(k, phone_words))
            DEFER_IF_HIT(pattern_hits(p->contact_label, str_search, text));
        if (!is_terminal && (hit = may_open(&ticker_openers, t)) < 0)
            return NULL;
        if (!is_terminal && hit)
            LABEL_IF_HIT(pattern_hits(p->ticker, str_match, text), p->ticker_label);
    }
    if (teaser_opening(t, p))
        LABEL_IF_HIT(teaser_glued(text, t, p), p->teaser_label);
    DEFER_IF(!is_terminal && ncells < 2 && density <= p->tag_max_density
             && count_char(t, ',') >= p->tag_min_items - 1);
    DEFER_IF(linked >= p->link_share);
    int prose = !p->has_lang || density >= p->prose_density;
    if (words >= p->long_words) {
        /* A glued list (features.GLUED_LIST_MIN_WORDS) has no comma nor stop, among other marks: its
           test is Python's. */
        DEFER_IF(words >= p->glued_min_words && !count_char(t, ',') && !count_char(t, '.'));
        /* A long row of table cells is judged by its longest cell. */
        DEFER_IF(prose && title < p->title_share && ncells);
        if (prose && title < p->title_share)
            return described_label(p, p->good, Py_True, "prose: ", words, density, is_terminal);
        /* A long line without function words, or a run of spaced CJK headlines: their other tests are
           Python's. */
        DEFER_IF(p->has_lang && !code && (density < p->list_max_density
                                         || (t.kind != PyUnicode_1BYTE_KIND && spaced_han_kana(t))));
        return described_label(p, p->near, Py_None, "long but not prose-like: ", words, density, is_terminal);
    }
    if (words >= p->near_words && prose && title < p->title_share)
        return described_label(p, p->near, Py_None, "short prose: ", words, density, is_terminal);
    return described_label(p, p->short_, Py_None, "short line: ", words, density, is_terminal);
#undef DEFER_IF
#undef DEFER_IF_HIT
#undef LABEL_IF
#undef LABEL_IF_HIT
}

/* classify(line, params) -> the label of features.classify(line, page), or None where the Python one
   has to decide (see classify_one); params: features._core_params(page). */
static PyObject *classify(PyObject *self, PyObject *args) {
    PyObject *line, *params;
    ClassifyParams p;
    if (!PyArg_ParseTuple(args, "OO", &line, &params) || classify_params(params, &p) < 0 || set_openers(&p) < 0)
        return NULL;
    return classify_one(line, &p);
}

/* dateline(text, params) -> features.dateline(text); params: features._core_params(page). */
static PyObject *dateline(PyObject *self, PyObject *args) {
    PyObject *text, *params;
    ClassifyParams p;
    if (!PyArg_ParseTuple(args, "UO", &text, &params) || classify_params(params, &p) < 0)
        return NULL;
    int r = dateline_of(text, &p);
    if (r == -2)
        r = call_true(p.dateline, text);
    return r < 0 ? NULL : PyBool_FromLong(r);
}

/* classify_lines(lines, labels, params, fallback, page) -> stages.features.run(page, labels): the label of
   every line whose label is not final, from classify_one or else fallback(line, page) (features.classify),
   once per distinct text (and link share), equal labels made one object. */
static PyObject *classify_lines(PyObject *self, PyObject *args) {
    PyObject *lines_, *labels, *params, *fallback, *page;
    ClassifyParams p;
    if (!PyArg_ParseTuple(args, "O!O!OOO", &PyTuple_Type, &lines_, &PyList_Type, &labels, &params, &fallback,
                          &page) || classify_params(params, &p) < 0 || set_openers(&p) < 0)
        return NULL;
    Py_ssize_t n = PyTuple_GET_SIZE(lines_);
    if (PyList_GET_SIZE(labels) != n) {
        PyErr_SetString(PyExc_ValueError, "classify_lines() needs one label per line");
        return NULL;
    }
    PyObject *out = PyList_New(n), *label_of = PyDict_New(), *shared = PyDict_New();
    if (out == NULL || label_of == NULL || shared == NULL)
        goto fail;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *line = PyTuple_GET_ITEM(lines_, i), *label = PyList_GET_ITEM(labels, i);
        if (!PyTuple_Check(label) || PyTuple_GET_SIZE(label) < 5 || !PyTuple_Check(line)
            || PyTuple_GET_SIZE(line) < 16) {
            PyErr_SetString(PyExc_TypeError, "classify_lines() needs Line and Label tuples");
            goto fail;
        }
        int final = PyObject_IsTrue(PyTuple_GET_ITEM(label, 4));
        if (final < 0)
            goto fail;
        if (final) {
            Py_INCREF(label);
            PyList_SET_ITEM(out, i, label);
            continue;
        }
        PyObject *linked = PyTuple_GET_ITEM(line, 15);
        int is_linked = PyObject_IsTrue(linked);
        if (is_linked < 0)
            goto fail;
        PyObject *key = is_linked ? PyTuple_Pack(2, PyTuple_GET_ITEM(line, 1), linked)
                                  : (Py_INCREF(PyTuple_GET_ITEM(line, 1)), PyTuple_GET_ITEM(line, 1));
        if (key == NULL)
            goto fail;
        PyObject *known = PyDict_GetItemWithError(label_of, key);
        if (known == NULL) {
            if (PyErr_Occurred()) {
                Py_DECREF(key);
                goto fail;
            }
            PyObject *made = classify_one(line, &p);
            if (made == Py_None) {
                Py_DECREF(made);
                made = PyObject_CallFunctionObjArgs(fallback, line, page, NULL);
            }
            known = made ? PyDict_SetDefault(shared, made, made) : NULL;
            int bad = known == NULL || PyDict_SetItem(label_of, key, known) < 0;
            Py_XDECREF(made);  /* ``known`` lives on in ``shared`` */
            if (bad) {
                Py_DECREF(key);
                goto fail;
            }
        }
        Py_DECREF(key);
        Py_INCREF(known);
        PyList_SET_ITEM(out, i, known);
    }
    Py_DECREF(label_of);
    Py_DECREF(shared);
    return out;
fail:
    Py_XDECREF(out);
    Py_XDECREF(label_of);
    Py_XDECREF(shared);
    return NULL;
}

/* ------------------------------------------------------------------ comments */

/* The words of a comment's row of buttons: every run of re's `\w` in ``key`` is in ``actions`` or in
   ``companions``, and one at least in ``actions`` (comments._action_row's test of a line's words): 1,
   0, -1 on error. Most lines fail on their first word, made as a str to be looked up: the others are
   not made. */
static int button_words(PyObject *key, PyObject *actions, PyObject *companions) {
    Chars t = chars_of(key);
    int action = 0;
    for (Py_ssize_t i = 0; i < t.len;) {
        if (!is_word(AT(t, i))) {
            i++;
            continue;
        }
        Py_ssize_t j = i;
        while (j < t.len && is_word(AT(t, j)))
            j++;
        PyObject *word = PyUnicode_Substring(key, i, j);
        if (word == NULL)
            return -1;
        int in = PySet_Contains(actions, word);
        if (in == 0)
            in = PySet_Contains(companions, word) > 0 ? 2 : PyErr_Occurred() ? -1 : 0;
        Py_DECREF(word);
        if (in <= 0)
            return in;
        action |= in == 1;
        i = j;
    }
    return action;
}

/* comments._action_row(line, label) of a page.Line tuple and a Label tuple, given (actions, companions) =
   comments.action_words() and comments.ACTION_ROW_MAX_WORDS: 1, 0, or -1 on error. */
static int action_row_of(PyObject *line, PyObject *label, PyObject *actions, PyObject *companions,
                         Py_ssize_t max_words) {
    if (!PyTuple_Check(line) || !PyTuple_Check(label) || PyTuple_GET_SIZE(line) < 14 || PyTuple_GET_SIZE(label) < 2
        || !PyUnicode_Check(PyTuple_GET_ITEM(line, 1)) || !PyUnicode_Check(PyTuple_GET_ITEM(line, 13))) {
        PyErr_SetString(PyExc_TypeError, "action_row() needs a page.Line and a Label");
        return -1;
    }
    int keep = PyObject_IsTrue(PyTuple_GET_ITEM(label, 1));
    Py_ssize_t words = PyLong_AsSsize_t(PyTuple_GET_ITEM(line, 2));
    int is_terminal = PyObject_IsTrue(PyTuple_GET_ITEM(line, 6));
    if (keep < 0 || is_terminal < 0 || (words == -1 && PyErr_Occurred()))
        return -1;
    if (keep || words > max_words)
        return 0;
    if (is_terminal) {
        Chars text = chars_of(PyTuple_GET_ITEM(line, 1));
        if (text.len == 0 || AT(text, text.len - 1) != '.')
            return 0;
    }
    return button_words(PyTuple_GET_ITEM(line, 13), actions, companions);
}

/* action_row(line, label, actions, companions, max_words) -> comments._action_row(line, label), given
   (actions, companions) = comments.action_words() and comments.ACTION_ROW_MAX_WORDS. */
static PyObject *action_row(PyObject *self, PyObject *args) {
    PyObject *line, *label, *actions, *companions;
    Py_ssize_t max_words;
    if (!PyArg_ParseTuple(args, "O!O!O!O!n", &PyTuple_Type, &line, &PyTuple_Type, &label, &PyFrozenSet_Type,
                          &actions, &PyFrozenSet_Type, &companions, &max_words))
        return NULL;
    int r = action_row_of(line, label, actions, companions, max_words);
    if (r < 0)
        return NULL;
    return PyBool_FromLong(r);
}

/* ------------------------------------------------------------------ teasers */

/* The number of lines of a page that a stage function of the core reads as (lines, labels): a tuple of
   page.Line tuples with a str text and at least ``line_fields`` fields, and a list of as many Label
   tuples of at least ``label_fields`` fields. -1 with an exception set otherwise. */
static Py_ssize_t page_rows(const char *fn, PyObject *lines_, PyObject *labels, Py_ssize_t line_fields,
                            Py_ssize_t label_fields) {
    Py_ssize_t n = PyList_GET_SIZE(labels);
    if (PyTuple_GET_SIZE(lines_) != n) {
        PyErr_Format(PyExc_ValueError, "%s() needs one label per line", fn);
        return -1;
    }
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *line = PyTuple_GET_ITEM(lines_, k), *label = PyList_GET_ITEM(labels, k);
        if (!PyTuple_Check(line) || PyTuple_GET_SIZE(line) < line_fields || !PyUnicode_Check(PyTuple_GET_ITEM(line, 1))
            || !PyTuple_Check(label) || PyTuple_GET_SIZE(label) < label_fields) {
            PyErr_Format(PyExc_TypeError, "%s() needs page.Line and Label tuples", fn);
            return -1;
        }
    }
    return n;
}

/* page_rows, and a new list of as many slots, to be filled with one value per line: NULL on error. */
static PyObject *per_line(const char *fn, PyObject *lines_, PyObject *labels, Py_ssize_t line_fields,
                          Py_ssize_t label_fields, Py_ssize_t *n) {
    *n = page_rows(fn, lines_, labels, line_fields, label_fields);
    return *n < 0 ? NULL : PyList_New(*n);
}

/* teasers._unended(line), its word minimum given: the line ends no sentence, holds ``min_words`` words
   or more, fewer than two commas and table cells, and does not look like code. 1, 0, -1 on error. */
static int unended(PyObject *line, Py_ssize_t min_words) {
    int is_terminal = PyObject_IsTrue(PyTuple_GET_ITEM(line, 6));
    Py_ssize_t words = PyLong_AsSsize_t(PyTuple_GET_ITEM(line, 2));
    if (is_terminal < 0 || (words == -1 && PyErr_Occurred()))
        return -1;
    if (is_terminal || words < min_words)
        return 0;
    Py_ssize_t ncells = PyLong_AsSsize_t(PyTuple_GET_ITEM(line, 12));
    int code = PyObject_IsTrue(PyTuple_GET_ITEM(line, 11));
    if ((ncells == -1 && PyErr_Occurred()) || code < 0)
        return -1;
    return count_char(chars_of(PyTuple_GET_ITEM(line, 1)), ',') < 2 && ncells < 2 && !code;
}

/* 1 when ``label`` is of the class ``a`` or ``b`` (str equality, as `in (GOOD, NEAR)` tests it); -1 on error. */
static int cls_in(PyObject *label, PyObject *a, PyObject *b) {
    PyObject *cls = PyTuple_GET_ITEM(label, 0);
    int r = PyObject_RichCompareBool(cls, a, Py_EQ);
    return r != 0 ? r : PyObject_RichCompareBool(cls, b, Py_EQ);
}

/* shapes(lines, labels, marks, good, near, rule_chars, summary_max_words, excerpt_max_words) ->
   [teasers.shape(line, label) for each line], ``marks`` being the shapes (PROSE, EXCERPT, OTHER, BREAK,
   BLANK) and the rest the stage's constants. */
static PyObject *shapes(PyObject *self, PyObject *args) {
    PyObject *lines_, *labels, *good, *near, *rule_chars;
    PyObject *prose, *excerpt, *other, *break_, *blank;
    Py_ssize_t summary_max, excerpt_max;
    if (!PyArg_ParseTuple(args, "O!O!(OOOOO)OOO!nn", &PyTuple_Type, &lines_, &PyList_Type, &labels, &prose, &excerpt,
                          &other, &break_, &blank, &good, &near, &PyFrozenSet_Type, &rule_chars, &summary_max,
                          &excerpt_max))
        return NULL;
    Py_ssize_t n;
    PyObject *out = per_line("shapes", lines_, labels, 14, 5, &n);
    if (out == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *line = PyTuple_GET_ITEM(lines_, i), *label = PyList_GET_ITEM(labels, i), *shape = other;
        Chars t = chars_of(PyTuple_GET_ITEM(line, 1));
        int final = PyObject_IsTrue(PyTuple_GET_ITEM(label, 4));
        int keep = final > 0 ? PyObject_IsTrue(PyTuple_GET_ITEM(label, 1)) : 0;
        int letters = PyObject_IsTrue(PyTuple_GET_ITEM(line, 10));
        if (final < 0 || keep < 0 || letters < 0)
            goto fail;
        if ((final && keep) || (t.len && AT(t, t.len - 1) == ':')) {
            shape = break_;
        } else {
            int rule = !letters;
            for (Py_ssize_t k = 0; k < t.len && rule; k++) {
                PyObject *ch = PyUnicode_FromOrdinal(AT(t, k));
                rule = ch ? PySet_Contains(rule_chars, ch) : -1;
                Py_XDECREF(ch);
            }
            if (rule < 0)
                goto fail;
            if (rule) {
                shape = blank;
            } else {
                PyObject *cls = PyTuple_GET_ITEM(label, 0);
                int is_good = PyObject_RichCompareBool(cls, good, Py_EQ);
                int is_near = is_good == 0 ? PyObject_RichCompareBool(cls, near, Py_EQ) : 0;
                int is_terminal = is_near > 0 ? PyObject_IsTrue(PyTuple_GET_ITEM(line, 6)) : 0;
                if (is_good < 0 || is_near < 0 || is_terminal < 0)
                    goto fail;
                if (is_good || is_terminal) {
                    Py_ssize_t words = PyLong_AsSsize_t(PyTuple_GET_ITEM(line, 2));
                    if (words == -1 && PyErr_Occurred())
                        goto fail;
                    shape = words <= summary_max ? prose : words <= excerpt_max ? excerpt : break_;
                }
            }
        }
        Py_INCREF(shape);
        PyList_SET_ITEM(out, i, shape);
    }
    return out;
fail:
    Py_DECREF(out);
    return NULL;
}

/* boxed_runs(lines, labels, good, near, boxed_min, unended_min, unended_share, min_words, boxed_reason,
   unended_reason) -> teasers._boxed_runs(page, labels), the stage's constants given. */
static PyObject *boxed_runs(PyObject *self, PyObject *args) {
    PyObject *lines_, *labels, *good, *near, *boxed_reason, *unended_reason;
    Py_ssize_t boxed_min, unended_min, min_words;
    double share;
    if (!PyArg_ParseTuple(args, "O!O!OOnndnOO", &PyTuple_Type, &lines_, &PyList_Type, &labels, &good, &near,
                          &boxed_min, &unended_min, &share, &min_words, &boxed_reason, &unended_reason))
        return NULL;
    Py_ssize_t n = page_rows("boxed_runs", lines_, labels, 14, 6);
    if (n < 0)
        return NULL;
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n;) {
        Py_ssize_t j = i, end = i - 1, count = 0;
        while (j < n) {
            PyObject *label = PyList_GET_ITEM(labels, j);
            int prose = cls_in(label, good, near);
            int final = prose > 0 ? PyObject_IsTrue(PyTuple_GET_ITEM(label, 4)) : 0;
            if (prose < 0 || final < 0)
                goto fail;
            if (!prose || final || PyTuple_GET_ITEM(label, 1) == Py_False)
                break;
            int u = unended(PyTuple_GET_ITEM(lines_, j), min_words);
            if (u < 0)
                goto fail;
            if (u) {
                count++;
                end = j;
            }
            j++;
        }
        int boxed = 0, announced = 0;
        if (i > 0) {
            boxed = PyObject_IsTrue(PyTuple_GET_ITEM(PyList_GET_ITEM(labels, i - 1), 5));
            if (boxed < 0)
                goto fail;
            Chars above = chars_of(PyTuple_GET_ITEM(PyTuple_GET_ITEM(lines_, i - 1), 1));
            announced = above.len > 0 && AT(above, above.len - 1) == ':';
        }
        if (!announced && count >= (boxed ? boxed_min : unended_min) && (double)count > (double)(end + 1 - i) * share) {
            PyObject *run = Py_BuildValue("[nnnO]", i, end, end + 1 - i, boxed ? boxed_reason : unended_reason);
            if (run == NULL || PyList_Append(out, run) < 0) {
                Py_XDECREF(run);
                goto fail;
            }
            Py_DECREF(run);
        }
        i = j > i + 1 ? j : i + 1;
    }
    return out;
fail:
    Py_DECREF(out);
    return NULL;
}

/* A shape's mark as item_groups reads it: 0 PROSE, 1 EXCERPT, 2 OTHER, 3 BLANK, 4 any other (str equality
   with ``marks``); -1 on error. */
static int shape_code(PyObject *shape, PyObject *marks) {
    for (int m = 0; m < 4; m++) {
        PyObject *mark = PyTuple_GET_ITEM(marks, m);
        int eq = shape == mark ? 1 : PyObject_RichCompareBool(shape, mark, Py_EQ);
        if (eq != 0)
            return eq < 0 ? -1 : m;
    }
    return 4;
}

/* Whether ``text`` ends with one of the strs of the tuple ``ends`` (str.endswith(tuple)); -1 on error. */
static int ends_with_any(PyObject *text, PyObject *ends) {
    for (Py_ssize_t e = 0; e < PyTuple_GET_SIZE(ends); e++) {
        Py_ssize_t r = PyUnicode_Tailmatch(text, PyTuple_GET_ITEM(ends, e), 0, PY_SSIZE_T_MAX, 1);
        if (r != 0)
            return (int)r;
    }
    return 0;
}

/* The labels whose keep is False (``is False``: a Label's keep is None, True or False) and the lines that
   teasers._headline takes for a headline among the lines of the OTHER shape, of lines first..b - 1: whether
   there is one of each, in *dropped and *heads. -1 on error. */
static int item_heads(PyObject *lines_, PyObject *labels, const int *code, Py_ssize_t first, Py_ssize_t b,
                      Py_ssize_t min_words, int *dropped, int *heads) {
    *dropped = *heads = 0;
    for (Py_ssize_t i = first; i < b; i++) {
        PyObject *keep = PyTuple_GET_ITEM(PyList_GET_ITEM(labels, i), 1);
        *dropped |= keep == Py_False;
        if (code[i] == 2 && keep == Py_None && !*heads) {
            Py_ssize_t words = PyLong_AsSsize_t(PyTuple_GET_ITEM(PyTuple_GET_ITEM(lines_, i), 2));
            if (words == -1 && PyErr_Occurred())
                return -1;
            *heads = words >= min_words;
        }
    }
    return 0;
}

/* item_groups(lines, labels, shapes, (PROSE, EXCERPT, OTHER, BLANK), truncated, (cut_item_min_head_lines,
   item_min_head_lines, item_max_head_lines, headline_min_words, min_items)) -> teasers._item_groups(page,
   labels, shapes), the stage's constants given. */
static PyObject *item_groups(PyObject *self, PyObject *args) {
    PyObject *lines_, *labels, *shapes_, *marks, *truncated;
    Py_ssize_t cut_min, item_min, item_max, headline_min, min_items;
    if (!PyArg_ParseTuple(args, "O!O!O!O!O!(nnnnn)", &PyTuple_Type, &lines_, &PyList_Type, &labels, &PyList_Type,
                          &shapes_, &PyTuple_Type, &marks, &PyTuple_Type, &truncated, &cut_min, &item_min, &item_max,
                          &headline_min, &min_items))
        return NULL;
    Py_ssize_t n = page_rows("item_groups", lines_, labels, 3, 2);
    if (n < 0)
        return NULL;
    if (PyList_GET_SIZE(shapes_) != n || PyTuple_GET_SIZE(marks) != 4) {
        PyErr_SetString(PyExc_ValueError, "item_groups() needs one shape per line and four marks");
        return NULL;
    }
    for (Py_ssize_t e = 0; e < PyTuple_GET_SIZE(truncated); e++)
        if (!PyUnicode_Check(PyTuple_GET_ITEM(truncated, e))) {
            PyErr_SetString(PyExc_TypeError, "item_groups() needs the truncation marks as strs");
            return NULL;
        }
    int *code = PyMem_Malloc((size_t)(n ? n : 1) * sizeof(int));
    PyObject *groups = PyList_New(0), *items = PyList_New(0);
    if (code == NULL || groups == NULL || items == NULL)
        goto fail;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *shape = PyList_GET_ITEM(shapes_, i);
        if (!PyUnicode_Check(shape)) {
            PyErr_SetString(PyExc_TypeError, "item_groups() needs the shapes as strs");
            goto fail;
        }
        if ((code[i] = shape_code(shape, marks)) < 0)
            goto fail;
    }
    Py_ssize_t fewest = cut_min < item_min ? cut_min : item_min;
    Py_ssize_t prev = -1, k = -1, others = 0, last_b = -2;  /* last_b: the summary line of the last item */
    for (Py_ssize_t b = 0; b <= n; b++) {
        int is_item = 0;
        if (b < n) {
            if (code[b] == 2) {
                others++;
                continue;
            }
            if (code[b] == 3)  /* a rule between the lines: no bound, no head line */
                continue;
            if (code[b] <= 1 && others >= fewest) {
                PyObject *text = PyTuple_GET_ITEM(PyTuple_GET_ITEM(lines_, b), 1);
                int cut = ends_with_any(text, truncated), dropped, heads;
                if (cut < 0 || item_heads(lines_, labels, code, prev + 1, b, headline_min, &dropped, &heads) < 0)
                    goto fail;
                is_item = !(code[b] == 1 && !(cut || dropped)) && (cut ? cut_min : item_min) <= others
                          && others <= item_max && heads;
            }
        }
        if (!is_item || others != k || PyList_GET_SIZE(items) == 0 || last_b != prev) {
            if (PyList_GET_SIZE(items) >= min_items) {
                PyObject *group = Py_BuildValue("(nO)", k, items);
                if (group == NULL || PyList_Append(groups, group) < 0) {
                    Py_XDECREF(group);
                    goto fail;
                }
                Py_DECREF(group);
            }
            Py_SETREF(items, PyList_New(0));
            if (items == NULL)
                goto fail;
            k = is_item ? others : -1;
        }
        if (is_item) {
            PyObject *item = Py_BuildValue("(nn)", prev + 1, b);
            if (item == NULL || PyList_Append(items, item) < 0) {
                Py_XDECREF(item);
                goto fail;
            }
            Py_DECREF(item);
            last_b = b;
        }
        prev = b;
        others = 0;
    }
    PyMem_Free(code);
    Py_DECREF(items);
    return groups;
fail:
    PyMem_Free(code);
    Py_XDECREF(groups);
    Py_XDECREF(items);
    return NULL;
}

/* ------------------------------------------------------------------ unwrap */

/* unwrap.LIST_START.match(t[i:]): a bullet (one of "-*•–·+"), one to three digits and "." or ")", or
   digits in brackets, then a space (re's `\s`, str.isspace). */
static int list_start_at(Chars t, Py_ssize_t i) {
    if (i >= t.len)
        return 0;
    Py_UCS4 c = AT(t, i);
    Py_ssize_t j = i + 1;
    if (is_decimal(c)) {
        while (j < t.len && j - i < 3 && is_decimal(AT(t, j)))
            j++;
        if (j >= t.len || (AT(t, j) != '.' && AT(t, j) != ')'))
            return 0;
        j++;
    } else if (c == '[') {
        while (j < t.len && is_decimal(AT(t, j)))
            j++;
        if (j == i + 1 || j >= t.len || AT(t, j) != ']')
            return 0;
        j++;
    } else if (!(c == '-' || c == '*' || c == 0x2022 || c == 0x2013 || c == 0xb7 || c == '+')) {
        return 0;
    }
    return j < t.len && Py_UNICODE_ISSPACE(AT(t, j));
}

/* The index of t's first character from i on that is not a space (t.len: none). */
static inline Py_ssize_t skip_space(Chars t, Py_ssize_t i) {
    while (i < t.len && Py_UNICODE_ISSPACE(AT(t, i)))
        i++;
    return i;
}

/* The ends at which a pattern anchored with re's `$` may end in t: its end, and before a last "\n". */
static inline int dollar_ends(Chars t, Py_ssize_t ends[2]) {
    ends[0] = t.len;
    if (t.len && AT(t, t.len - 1) == '\n') {
        ends[1] = t.len - 1;
        return 2;
    }
    return 1;
}

/* unwrap.SENTENCE_END.search(t) is not None: one of ".!?…", then closing quotes and brackets only. */
static int sentence_end(Chars t) {
    Py_ssize_t ends[2];
    for (int n = dollar_ends(t, ends), e = 0; e < n; e++) {
        Py_ssize_t k = ends[e];
        while (k > 0 && (AT(t, k - 1) == '"' || AT(t, k - 1) == '\'' || AT(t, k - 1) == 0x201d
                         || AT(t, k - 1) == 0x2019 || AT(t, k - 1) == 0xbb || AT(t, k - 1) == ')' || AT(t, k - 1) == ']'))
            k--;
        if (k > 0 && (AT(t, k - 1) == '.' || AT(t, k - 1) == '!' || AT(t, k - 1) == '?' || AT(t, k - 1) == 0x2026))
            return 1;
    }
    return 0;
}

/* unwrap.ABBREVIATION_END.search(t) is not None: two or more pairs of a letter (re's `[^\W\d_]`) and a full
   stop at the end, at the start of t or after a space. */
static int abbreviation_end(Chars t) {
    Py_ssize_t ends[2];
    for (int n = dollar_ends(t, ends), e = 0; e < n; e++) {
        Py_ssize_t end = ends[e];
        for (Py_ssize_t pairs = 1; end - 2 * pairs >= 0; pairs++) {
            Py_ssize_t s = end - 2 * pairs;
            Py_UCS4 letter = AT(t, s);
            if (AT(t, s + 1) != '.' || !is_alnum(letter) || is_decimal(letter))
                break;
            if (pairs >= 2 && (s == 0 || Py_UNICODE_ISSPACE(AT(t, s - 1))))
                return 1;
        }
    }
    return 0;
}

/* unwrap._room(line, following) for a line of breakable length: a new (int, int) tuple, None (a new
   reference), or NULL with IndexError when ``following`` holds no word after its quotation marks, as
   ``str.split(None, 1)[0]`` raises it. */
static PyObject *room_of(Chars a, Chars f, Py_ssize_t unbreakable) {
    if (f.len == 0 || list_start_at(f, skip_space(f, 0)))
        Py_RETURN_NONE;
    Py_ssize_t from = 0;
    if (AT(a, 0) == '>' && AT(f, 0) == '>') {  /* a quotation's lines: its mark is not the next word */
        while (from < f.len && (AT(f, from) == '>' || AT(f, from) == ' '))
            from++;
        if (from == f.len)
            Py_RETURN_NONE;
    }
    Py_ssize_t start = skip_space(f, from), end = start;
    if (start == f.len) {
        PyErr_SetString(PyExc_IndexError, "list index out of range");
        return NULL;
    }
    while (end < f.len && !Py_UNICODE_ISSPACE(AT(f, end)))
        end++;
    if (end - start >= unbreakable)
        Py_RETURN_NONE;
    for (Py_ssize_t k = start; k < end; k++)
        if (is_cjk(AT(f, k)))
            Py_RETURN_NONE;
    if (Py_UNICODE_ISLOWER(AT(f, start)) && sentence_end(a) && !abbreviation_end(a))
        Py_RETURN_NONE;
    return Py_BuildValue("(nn)", a.len, a.len + (end - start));
}

/* A list of strs (the lines unwrap reads): 1, or 0 with TypeError set. */
static int str_list(const char *fn, PyObject *list) {
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(list); i++)
        if (!PyUnicode_Check(PyList_GET_ITEM(list, i))) {
            PyErr_Format(PyExc_TypeError, "%s() needs a list of strs", fn);
            return 0;
        }
    return 1;
}

/* rooms(lines, (min_width, max_width, unbreakable)) -> unwrap._rooms(lines), its constants given. */
static PyObject *rooms(PyObject *self, PyObject *args) {
    PyObject *lines_;
    Py_ssize_t min_width, max_width, unbreakable;
    if (!PyArg_ParseTuple(args, "O!(nnn)", &PyList_Type, &lines_, &min_width, &max_width, &unbreakable)
        || !str_list("rooms", lines_))
        return NULL;
    Py_ssize_t n = PyList_GET_SIZE(lines_);
    PyObject *out = PyList_New(n ? n - 1 : 0);
    if (out == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i + 1 < n; i++) {
        Chars a = chars_of(PyList_GET_ITEM(lines_, i));
        PyObject *room;
        if (min_width - unbreakable < a.len && a.len <= max_width) {
            room = room_of(a, chars_of(PyList_GET_ITEM(lines_, i + 1)), unbreakable);
            if (room == NULL) {
                Py_DECREF(out);
                return NULL;
            }
        } else {
            room = Py_NewRef(Py_None);
        }
        PyList_SET_ITEM(out, i, room);
    }
    return out;
}

/* too_many_over(lines, width, best, share, unbreakable) -> unwrap._too_many_over(lines, width, best), its
   share of ``best`` and the length of an unbreakable token given. */
static PyObject *too_many_over(PyObject *self, PyObject *args) {
    PyObject *lines_;
    Py_ssize_t width, best, unbreakable;
    double share;
    if (!PyArg_ParseTuple(args, "O!nndn", &PyList_Type, &lines_, &width, &best, &share, &unbreakable)
        || !str_list("too_many_over", lines_))
        return NULL;
    double limit = share * (double)best;
    Py_ssize_t over = 0;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(lines_); i++) {
        Chars t = chars_of(PyList_GET_ITEM(lines_, i));
        if (t.len <= width || list_start_at(t, skip_space(t, 0)))
            continue;
        Py_ssize_t longest = 0;  /* the longest of its words (str.split) */
        for (Py_ssize_t k = skip_space(t, 0), end; k < t.len && longest < unbreakable; k = skip_space(t, end)) {
            for (end = k; end < t.len && !Py_UNICODE_ISSPACE(AT(t, end)); end++)
                ;
            if (end - k > longest)
                longest = end - k;
        }
        if (longest < unbreakable && (double)++over > limit)
            Py_RETURN_TRUE;
    }
    Py_RETURN_FALSE;
}

/* ------------------------------------------------------------------ context */

/* The strings that context._judged compares with and writes, in the order of its constants. */
enum { C_BAD, C_GOOD, C_NEAR, C_SHORT, C_GAP, C_TITLE, C_SIGNATURE, C_FURTHER, C_CODE_STAGE, C_CODE_REASON,
       C_SUBHEADING, C_COMMENT, C_ENTRY, C_TITLE_REASON, C_SIGNATURE_REASON, C_CONSTANTS };
/* ... and of its Reasons. */
enum { R_ENTRY, R_FURNITURE, R_ROW, R_GAP, R_MENU, R_STRAY, R_FAR_STRAY, R_COMMENT_KEPT, R_GRID_IN, R_GRID_OUT,
       R_INSIDE, R_BEFORE, R_AFTER, R_FURTHER, R_FURTHER_WHY, R_REASONS };

/* ``a == b`` for the strs of a label (identity first, as the interpreter's comparison goes); -1 on error. */
static inline int same(PyObject *a, PyObject *b) {
    return a == b ? 1 : PyObject_RichCompareBool(a, b, Py_EQ);
}

/* str.startswith of two strs; -1 on error. */
static inline int starts_with(PyObject *s, PyObject *prefix) {
    return (int)PyUnicode_Tailmatch(s, prefix, 0, PY_SSIZE_T_MAX, -1);
}

/* The reason ``cache[key]``, made as ``a + b (+ c + d)`` on the first ask (NULL pieces left out): a borrowed
   reference, NULL on error. */
static PyObject *cached_reason(PyObject *cache, PyObject *key, PyObject *a, PyObject *b, PyObject *c, PyObject *d) {
    PyObject *reason = PyDict_GetItemWithError(cache, key);
    if (reason != NULL || PyErr_Occurred())
        return reason;
    PyObject *made = PyUnicode_Concat(a, b);
    if (made != NULL && c != NULL)
        Py_SETREF(made, PyUnicode_Concat(made, c));
    if (made != NULL && d != NULL)
        Py_SETREF(made, PyUnicode_Concat(made, d));
    if (made == NULL || PyDict_SetItem(cache, key, made) < 0) {
        Py_XDECREF(made);
        return NULL;
    }
    Py_DECREF(made);
    return made;  /* the cache holds it */
}

/* context_labels(lines, labels, span, reasons, constants, stray_max_lines_after, template) ->
   context._judged(page, labels, span, reasons): ``span`` a context.MainSpan, ``reasons`` a context.Reasons,
   ``constants`` the strings named in the enum above, ``template`` the label (context.LABEL) whose other
   fields the new labels keep. */
static PyObject *context_labels(PyObject *self, PyObject *args) {
    PyObject *lines_, *labels, *reasons, *k, *template, *comments;
    Py_ssize_t first, last, closed_at, stray_words, stray_max;
    int article;
    if (!PyArg_ParseTuple(args, "O!O!(nnnnpO)O!O!nO!", &PyTuple_Type, &lines_, &PyList_Type, &labels, &first, &last,
                          &closed_at, &stray_words, &article, &comments, &PyTuple_Type, &reasons, &PyTuple_Type, &k,
                          &stray_max, &PyTuple_Type, &template))
        return NULL;
    Py_ssize_t n = page_rows("context_labels", lines_, labels, 7, 17);
    if (n < 0)
        return NULL;
    if (PyTuple_GET_SIZE(reasons) != R_REASONS || PyTuple_GET_SIZE(k) != C_CONSTANTS
        || PyTuple_GET_SIZE(template) < 17) {
        PyErr_SetString(PyExc_TypeError, "context_labels() needs the stage's reasons, constants and label");
        return NULL;
    }
    for (Py_ssize_t j = 0; j < R_REASONS + C_CONSTANTS; j++)
        if (!PyUnicode_Check(j < R_REASONS ? PyTuple_GET_ITEM(reasons, j) : PyTuple_GET_ITEM(k, j - R_REASONS))) {
            PyErr_SetString(PyExc_TypeError, "context_labels() needs its reasons and constants as strs");
            return NULL;
        }
    int keep_comments = PyObject_IsTrue(comments);
    if (keep_comments < 0)
        return NULL;
#define K(name) PyTuple_GET_ITEM(k, name)
#define R(name) PyTuple_GET_ITEM(reasons, name)
    PyObject *out = PyList_New(n), *inside = PyDict_New(), *further = PyDict_New(), *before = PyDict_New(),
             *after = PyDict_New(), *made = PyDict_New();
    if (out == NULL || inside == NULL || further == NULL || before == NULL || after == NULL || made == NULL)
        goto fail;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *line = PyTuple_GET_ITEM(lines_, i), *label = PyList_GET_ITEM(labels, i);
        PyObject *cls = PyTuple_GET_ITEM(label, 0), *aside = PyTuple_GET_ITEM(label, 6);
        PyObject *block = PyTuple_GET_ITEM(label, 7), *part = PyTuple_GET_ITEM(label, 8);
        PyObject *grid = PyTuple_GET_ITEM(label, 16), *reason = NULL, *owned = NULL;
        int in_span = first <= i && i <= last, keep;
        if (grid != Py_None && article && !in_span)
            grid = Py_None;
        if (grid != Py_None && (!PyTuple_Check(grid) || PyTuple_GET_SIZE(grid) < 2
                                || !PyUnicode_Check(PyTuple_GET_ITEM(grid, 0)))) {
            PyErr_SetString(PyExc_TypeError, "context_labels() needs grids.GridLine tuples");
            goto fail;
        }
        int final = PyObject_IsTrue(PyTuple_GET_ITEM(label, 4)), bad = final ? 0 : same(cls, K(C_BAD));
        int row = bad > 0 || in_span ? PyObject_IsTrue(PyTuple_GET_ITEM(label, 9)) : 0;
        int entry = PyObject_IsTrue(PyTuple_GET_ITEM(label, 10));
        if (final < 0 || bad < 0 || row < 0 || entry < 0 || !PyUnicode_Check(aside) || !PyUnicode_Check(cls)
            || !PyUnicode_Check(block))
            goto invalid;
        if (final || (bad && !row && !entry && grid == Py_None)) {
            Py_INCREF(label);
            PyList_SET_ITEM(out, i, label);
            continue;
        }
        int thread = PyUnicode_GET_LENGTH(aside) ? starts_with(aside, K(C_COMMENT)) : 0;
        if (thread < 0)
            goto fail;
        int kept_comment = 0;
        if (thread && keep_comments) {
            int prose = same(cls, K(C_GOOD));
            if (prose == 0)
                prose = same(cls, K(C_NEAR));
            if (prose == 0) {
                prose = PyObject_IsTrue(PyTuple_GET_ITEM(line, 6));
                Chars t = chars_of(PyTuple_GET_ITEM(line, 1));
                if (prose > 0)
                    prose = !(t.len && AT(t, t.len - 1) == ':');  /* "Jan says:" names */
            }
            if (prose < 0)
                goto fail;
            kept_comment = prose;
        }
        int menu = -2;  /* the label's menu flag, read when asked */
#define SHORT_IN_MENU() (same(cls, K(C_SHORT)) > 0 && (menu == -2 ? (menu = PyObject_IsTrue(PyTuple_GET_ITEM(label, 14))) : menu) > 0)
        if (kept_comment) {
            keep = 1;
            reason = owned = PyUnicode_Concat(aside, R(R_COMMENT_KEPT));
        } else if (PyUnicode_GET_LENGTH(aside)) {
            keep = 0;
            reason = aside;
        } else if (entry && grid == Py_None) {
            keep = 1;
            reason = R(R_ENTRY);
        } else if (in_span) {
            int furniture = PyObject_IsTrue(PyTuple_GET_ITEM(label, 11)), gap = 0, short_menu = 0;
            if (furniture < 0)
                goto fail;
            if (!furniture && !row && (gap = same(part, K(C_GAP))) == 0)
                short_menu = SHORT_IN_MENU();
            if (gap < 0 || menu == -1 || PyErr_Occurred())
                goto fail;
            keep = 1;
            if (furniture) {
                keep = 0;
                reason = R(R_FURNITURE);
            } else if (row) {
                reason = R(R_ROW);
            } else if (gap) {
                reason = R(R_GAP);
            } else if (grid != Py_None && (short_menu || bad)) {
                reason = owned = PyUnicode_Concat(PyTuple_GET_ITEM(grid, 0), R(R_GRID_IN));
            } else if (short_menu) {
                keep = 0;
                reason = R(R_MENU);
            } else {
                int title = same(part, K(C_TITLE)), signature = title ? 0 : same(part, K(C_SIGNATURE));
                if (title < 0 || signature < 0)
                    goto fail;
                if (title) {
                    reason = K(C_TITLE_REASON);
                } else if (signature) {
                    reason = K(C_SIGNATURE_REASON);
                } else {
                    int code = same(PyTuple_GET_ITEM(label, 2), K(C_CODE_STAGE)), is_short = code ? 0 : same(cls, K(C_SHORT));
                    if (code < 0 || is_short < 0)
                        goto fail;
                    PyObject *kind = code ? K(C_CODE_REASON) : is_short ? K(C_SUBHEADING) : cls;
                    if ((reason = cached_reason(inside, kind, kind, R(R_INSIDE), NULL, NULL)) == NULL)
                        goto fail;
                }
            }
        } else {
            int outside_grid = 0;
            if (grid != Py_None) {
                Py_ssize_t grid_first = PyLong_AsSsize_t(PyTuple_GET_ITEM(grid, 1));
                if (grid_first == -1 && PyErr_Occurred())
                    goto fail;
                outside_grid = grid_first < closed_at;
            }
            int in_further = outside_grid ? 0 : same(part, K(C_FURTHER));
            if (in_further > 0)
                in_further = !SHORT_IN_MENU();
            if (in_further < 0 || menu == -1 || PyErr_Occurred())
                goto fail;
            if (outside_grid) {
                keep = 1;
                reason = owned = PyUnicode_Concat(PyTuple_GET_ITEM(grid, 0), R(R_GRID_OUT));
            } else if (in_further) {
                keep = 1;
                PyObject *key = PyTuple_Pack(2, cls, block);
                reason = key ? cached_reason(further, key, cls, R(R_FURTHER), block, R(R_FURTHER_WHY)) : NULL;
                Py_XDECREF(key);
                if (reason == NULL)
                    goto fail;
            } else {
                int good = same(cls, K(C_GOOD)), stray = 0;
                if (good > 0) {
                    int terminal = PyObject_IsTrue(PyTuple_GET_ITEM(line, 6));
                    Py_ssize_t words = terminal > 0 ? PyLong_AsSsize_t(PyTuple_GET_ITEM(line, 2)) : 0;
                    if (terminal < 0 || (words == -1 && PyErr_Occurred()))
                        goto fail;
                    stray = terminal && words >= stray_words;
                }
                if (good < 0)
                    goto fail;
                if (stray) {
                    keep = i - last <= stray_max;
                    reason = keep ? R(R_STRAY) : R(R_FAR_STRAY);
                } else {
                    keep = 0;
                    int above = i < first;
                    if ((reason = cached_reason(above ? before : after, cls, cls, R(above ? R_BEFORE : R_AFTER), NULL,
                                                NULL)) == NULL)
                        goto fail;
                }
            }
        }
#undef SHORT_IN_MENU
        if (reason == NULL)
            goto fail;
        PyObject *keep_obj = keep ? Py_True : Py_False;
        PyObject *key = PyTuple_Pack(4, cls, keep_obj, reason, block);
        PyObject *new = key ? PyDict_GetItemWithError(made, key) : NULL;
        if (new == NULL && key != NULL && !PyErr_Occurred()) {
            /* A listing's entries repeat their fields: final (see context._judged). */
            int entry_reason = starts_with(reason, K(C_ENTRY));
            PyTypeObject *type = Py_TYPE(template);
            new = entry_reason < 0 ? NULL : type->tp_alloc(type, PyTuple_GET_SIZE(template));
            if (new != NULL) {
                for (Py_ssize_t f = 0; f < PyTuple_GET_SIZE(template); f++) {
                    PyObject *item = f == 0 ? cls : f == 1 ? keep_obj : f == 3 ? reason
                                   : f == 4 ? (entry_reason ? Py_True : Py_False) : f == 7 ? block
                                   : PyTuple_GET_ITEM(template, f);
                    Py_INCREF(item);
                    PyTuple_SET_ITEM(new, f, item);
                }
                if (PyDict_SetItem(made, key, new) < 0)
                    Py_CLEAR(new);
                else
                    Py_DECREF(new);  /* ``made`` holds it */
            }
        }
        Py_XDECREF(key);
        Py_XDECREF(owned);
        if (new == NULL)
            goto fail;
        Py_INCREF(new);
        PyList_SET_ITEM(out, i, new);
    }
#undef K
#undef R
    Py_DECREF(inside);
    Py_DECREF(further);
    Py_DECREF(before);
    Py_DECREF(after);
    Py_DECREF(made);
    return out;
invalid:
    if (!PyErr_Occurred())
        PyErr_SetString(PyExc_TypeError, "context_labels() needs labels of strs");
fail:
    Py_XDECREF(out);
    Py_XDECREF(inside);
    Py_XDECREF(further);
    Py_XDECREF(before);
    Py_XDECREF(after);
    Py_XDECREF(made);
    return NULL;
}

/* ------------------------------------------------------------------ markdown */

/* visible_blocks(blocks, visible_parts, link_share, markup_chars, heading_mark) ->
   markdown.visible_blocks(blocks): a block of one part that holds none of ``markup_chars`` and does not
   start with ``heading_mark`` is its own text with no link; the Python functions given judge the others. */
static PyObject *visible_blocks(PyObject *self, PyObject *args) {
    PyObject *blocks, *visible_parts, *link_share, *markup, *heading;
    if (!PyArg_ParseTuple(args, "O!OOUU", &PyList_Type, &blocks, &visible_parts, &link_share, &markup, &heading))
        return NULL;
    Chars m = chars_of(markup);
    Py_ssize_t n = PyList_GET_SIZE(blocks);
    PyObject *texts = PyList_New(n), *linked = PyList_New(n), *none = PyFloat_FromDouble(0.0), *space = NULL;
    if (texts == NULL || linked == NULL || none == NULL)
        goto fail;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *parts = PyList_GET_ITEM(blocks, i), *text, *share;
        if (!PyTuple_Check(parts)) {
            PyErr_SetString(PyExc_TypeError, "visible_blocks() needs tuples of parts");
            goto fail;
        }
        int plain = PyTuple_GET_SIZE(parts) == 1 && PyUnicode_Check(PyTuple_GET_ITEM(parts, 0));
        if (plain) {
            Chars t = chars_of(PyTuple_GET_ITEM(parts, 0));
            plain = !PyUnicode_Tailmatch(PyTuple_GET_ITEM(parts, 0), heading, 0, PY_SSIZE_T_MAX, -1);
            for (Py_ssize_t k = 0; k < t.len && plain; k++)
                for (Py_ssize_t c = 0; c < m.len && plain; c++)
                    plain = AT(t, k) != AT(m, c);
        }
        if (plain) {
            text = Py_NewRef(PyTuple_GET_ITEM(parts, 0));
            share = Py_NewRef(none);
        } else {
            if (space == NULL && (space = PyUnicode_FromString(" ")) == NULL)
                goto fail;
            text = PyObject_CallOneArg(visible_parts, parts);
            PyObject *joined = text ? PyUnicode_Join(space, parts) : NULL;
            share = joined ? PyObject_CallFunctionObjArgs(link_share, joined, text, NULL) : NULL;
            Py_XDECREF(joined);
            if (share == NULL) {
                Py_XDECREF(text);
                goto fail;
            }
        }
        PyList_SET_ITEM(texts, i, text);
        PyList_SET_ITEM(linked, i, share);
    }
    Py_DECREF(none);
    Py_XDECREF(space);
    return Py_BuildValue("(NN)", texts, linked);
fail:
    Py_XDECREF(texts);
    Py_XDECREF(linked);
    Py_XDECREF(none);
    Py_XDECREF(space);
    return NULL;
}

/* ------------------------------------------------------------------ span */

/* span._lead: the first character of ``t`` after a list item's bullet (span.BULLET: one of "-*•–·+", or
   "o" before a space, then spaces), or of ``t`` itself; 0 when there is none. */
static Py_UCS4 lead_of(Chars t) {
    if (t.len == 0)
        return 0;
    Py_UCS4 c = AT(t, 0);
    int bullet = c == '-' || c == '*' || c == 0x2022 || c == 0x2013 || c == 0xb7 || c == '+' || c == 'o';
    if (bullet && t.len > 1 && Py_UNICODE_ISSPACE(AT(t, 1))) {
        Py_ssize_t i = 1;
        while (i < t.len && Py_UNICODE_ISSPACE(AT(t, i)))
            i++;
        return i < t.len ? AT(t, i) : 0;
    }
    return c;
}

/* text.lower() != text.upper(): the text holds a cased letter. Answered in C for ASCII, by the str
   methods otherwise (their special cases: "ß", final sigma ...). 1, 0, -1 on error. */
static int has_case(PyObject *text) {
    if (PyUnicode_IS_ASCII(text)) {
        Chars t = chars_of(text);
        for (Py_ssize_t i = 0; i < t.len; i++)
            if (is_ascii_letter(AT(t, i)))
                return 1;
        return 0;
    }
    PyObject *low = PyObject_CallMethodNoArgs(text, str_lower);
    PyObject *up = low ? PyObject_CallMethodNoArgs(text, str_upper) : NULL;
    int r = up ? PyObject_RichCompareBool(low, up, Py_NE) : -1;
    Py_XDECREF(low);
    Py_XDECREF(up);
    return r;
}

/* span._sentence_like(line), anchors.anchored's sign and word limit given. 1, 0, -1 on error. */
static int sentence_like(PyObject *line, PyObject *permalink, Py_ssize_t heading_max_words) {
    PyObject *text = PyTuple_GET_ITEM(line, 1);
    Chars t = chars_of(text);
    Py_UCS4 lead = lead_of(t);
    int is_terminal = PyObject_IsTrue(PyTuple_GET_ITEM(line, 6)), code = PyObject_IsTrue(PyTuple_GET_ITEM(line, 11));
    Py_ssize_t ncells = PyLong_AsSsize_t(PyTuple_GET_ITEM(line, 12)), stopwords = PyLong_AsSsize_t(PyTuple_GET_ITEM(line, 4));
    Py_ssize_t words = PyLong_AsSsize_t(PyTuple_GET_ITEM(line, 2));
    double title = PyFloat_AsDouble(PyTuple_GET_ITEM(line, 7)), digit_share = PyFloat_AsDouble(PyTuple_GET_ITEM(line, 8));
    int letters = PyObject_IsTrue(PyTuple_GET_ITEM(line, 10));
    if (is_terminal < 0 || code < 0 || letters < 0 || PyErr_Occurred())
        return -1;
    if (is_terminal || code || (lead && Py_UNICODE_ISLOWER(lead)) || ncells >= 2)
        return 1;
    if (stopwords > 0 && title < 0.5) {
        int cased = has_case(text);
        if (cased != 0)
            return cased;
    }
    if (digit_share > 0.1 || (lead && Py_UNICODE_ISDIGIT(lead) && title < 0.5))
        return 1;
    int sign = PyUnicode_Tailmatch(text, permalink, 0, PY_SSIZE_T_MAX, 1);
    if (sign < 0)
        return -1;
    return sign && words <= heading_max_words && letters;
}

/* scores(lines, labels, boxed, title_like, sentence_case, params, button_reason) -> segmentation._scores: per
   line, 0.0 for a line between posts or an entry's button (its reason ``button_reason``), span.BAD_EVIDENCE for a line of an inline box or a listed title, else
   span.evidence(line, label, title_like, sentence_case); params: span.EVIDENCE_PARAMS. */
static PyObject *scores(PyObject *self, PyObject *args) {
    PyObject *lines_, *labels, *boxed, *title_like, *bad, *good, *near, *button_reason;
    int sentence_case;
    double bad_ev, closer_ev, headline_ev, title_ev, sentence_ev;
    Py_ssize_t headline_max, sentence_headline_min;
    if (!PyArg_ParseTuple(args, "O!O!O!O!p(OOOdddddnn)U", &PyTuple_Type, &lines_, &PyList_Type, &labels, &PyList_Type,
                          &boxed, &PyList_Type, &title_like, &sentence_case, &bad, &good, &near, &bad_ev, &closer_ev,
                          &headline_ev, &title_ev, &sentence_ev, &headline_max, &sentence_headline_min, &button_reason))
        return NULL;
    Py_ssize_t n;
    PyObject *out = per_line("scores", lines_, labels, 14, 16, &n);
    if (out == NULL)
        return NULL;
    if (PyList_GET_SIZE(boxed) != n || PyList_GET_SIZE(title_like) != n) {
        PyErr_SetString(PyExc_ValueError, "scores() needs one flag per line");
        Py_DECREF(out);
        return NULL;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *line = PyTuple_GET_ITEM(lines_, i), *label = PyList_GET_ITEM(labels, i);
        int box = PyObject_IsTrue(PyList_GET_ITEM(boxed, i));
        if (box < 0)
            goto fail;
        int between = PyObject_IsTrue(PyTuple_GET_ITEM(label, 12)), listed = PyObject_IsTrue(PyTuple_GET_ITEM(label, 15));
        int button = same(PyTuple_GET_ITEM(label, 3), button_reason);
        if (between < 0 || listed < 0 || button < 0)
            goto fail;
        double score;
        Chars t = chars_of(PyTuple_GET_ITEM(line, 1));
        if (between || button) {
            score = 0.0;
        } else if (box || listed) {
            score = bad_ev;
        } else if (t.len == 0) {
            score = 0.0;
        } else {
            int closes = PyObject_IsTrue(PyTuple_GET_ITEM(label, 5));
            int is_terminal = PyObject_IsTrue(PyTuple_GET_ITEM(line, 6));
            Py_ssize_t words = PyLong_AsSsize_t(PyTuple_GET_ITEM(line, 2));
            if (closes < 0 || is_terminal < 0 || (words == -1 && PyErr_Occurred()))
                goto fail;
            PyObject *cls = PyTuple_GET_ITEM(label, 0);
            int is_bad = closes ? 0 : PyObject_RichCompareBool(cls, bad, Py_EQ);
            int is_good = closes || is_bad ? 0 : PyObject_RichCompareBool(cls, good, Py_EQ);
            int is_near = closes || is_bad || is_good ? 0 : PyObject_RichCompareBool(cls, near, Py_EQ);
            if (is_bad < 0 || is_good < 0 || is_near < 0)
                goto fail;
            if (closes) {
                score = closer_ev;
            } else if (is_bad) {
                score = bad_ev;
            } else if (is_good) {
                score = sentence_case && !is_terminal && words <= headline_max ? (double)words / 2 : (double)words;
            } else if (is_near) {
                score = is_terminal ? (double)words / 2 : headline_ev;
            } else {
                int title = PyObject_IsTrue(PyList_GET_ITEM(title_like, i));
                if (title < 0)
                    goto fail;
                if (!title && sentence_case && !is_terminal && words >= sentence_headline_min) {
                    /* span._headline_like: a capital first (after a bullet), no table cells, few figures. */
                    Py_UCS4 lead = lead_of(t);
                    Py_ssize_t ncells = PyLong_AsSsize_t(PyTuple_GET_ITEM(line, 12));
                    double digit_share = PyFloat_AsDouble(PyTuple_GET_ITEM(line, 8));
                    if (PyErr_Occurred())
                        goto fail;
                    title = lead && Py_UNICODE_ISUPPER(lead) && ncells < 2 && digit_share <= 0.1;
                }
                score = title ? title_ev : sentence_ev;
            }
        }
        PyObject *value = PyFloat_FromDouble(score);
        if (value == NULL)
            goto fail;
        PyList_SET_ITEM(out, i, value);
    }
    return out;
fail:
    Py_DECREF(out);
    return NULL;
}

/* title_lines(lines, labels, short, link_share, permalink, heading_max_words) -> span.title_lines(page,
   labels), the constants of span and anchors given. */
static PyObject *title_lines(PyObject *self, PyObject *args) {
    PyObject *lines_, *labels, *short_, *permalink;
    double link_share;
    Py_ssize_t heading_max_words;
    if (!PyArg_ParseTuple(args, "O!O!OdUn", &PyTuple_Type, &lines_, &PyList_Type, &labels, &short_, &link_share,
                          &permalink, &heading_max_words))
        return NULL;
    Py_ssize_t n;
    PyObject *out = per_line("title_lines", lines_, labels, 16, 1, &n);
    if (out == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *line = PyTuple_GET_ITEM(lines_, i), *label = PyList_GET_ITEM(labels, i);
        int r = PyObject_RichCompareBool(PyTuple_GET_ITEM(label, 0), short_, Py_EQ);
        if (r > 0) {
            double linked = PyFloat_AsDouble(PyTuple_GET_ITEM(line, 15));
            if (linked == -1.0 && PyErr_Occurred())
                goto fail;
            r = linked >= link_share ? 1 : sentence_like(line, permalink, heading_max_words);
            if (r >= 0 && linked < link_share)
                r = !r;
        }
        if (r < 0)
            goto fail;
        PyList_SET_ITEM(out, i, PyBool_FromLong(r));
    }
    return out;
fail:
    Py_DECREF(out);
    return NULL;
}

/* ------------------------------------------------------------------ repetition */

/* repeat_candidates(lines, labels, limit, copy_min_words, comment_reason, good) -> (dropped_at, first_at,
   candidates): repetition._candidates(page, labels, limit), the stage's constants given. */
static PyObject *repeat_candidates(PyObject *self, PyObject *args) {
    PyObject *lines_, *labels, *comment_reason, *good;
    Py_ssize_t limit, copy_min;
    if (!PyArg_ParseTuple(args, "O!O!nnUU", &PyTuple_Type, &lines_, &PyList_Type, &labels, &limit, &copy_min,
                          &comment_reason, &good))
        return NULL;
    Py_ssize_t n = page_rows("repeat_candidates", lines_, labels, 14, 5);
    if (n < 0)
        return NULL;
    PyObject *dropped_at = PyDict_New(), *first_at = PyDict_New(), *candidates = PyList_New(0);
    Py_ssize_t *words = PyMem_Malloc((n ? n : 1) * sizeof(Py_ssize_t));
    if (dropped_at == NULL || first_at == NULL || candidates == NULL || words == NULL) {
        if (words == NULL)
            PyErr_NoMemory();
        goto fail;
    }
    /* Pass 1: the first line of each text, and the first dropped line of each short line's key. */
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *line = PyTuple_GET_ITEM(lines_, i), *label = PyList_GET_ITEM(labels, i);
        words[i] = PyLong_AsSsize_t(PyTuple_GET_ITEM(line, 2));
        if (words[i] == -1 && PyErr_Occurred())
            goto fail;
        PyObject *index = PyLong_FromSsize_t(i);
        if (index == NULL)
            goto fail;
        PyObject *got = PyDict_SetDefault(first_at, PyTuple_GET_ITEM(line, 1), index);
        if (got == NULL) {
            Py_DECREF(index);
            goto fail;
        }
        PyObject *key = PyTuple_GET_ITEM(line, 13), *reason = PyTuple_GET_ITEM(label, 3);
        if (words[i] <= limit && PyUnicode_Check(key) && PyUnicode_GET_LENGTH(key) > 0
            && PyTuple_GET_ITEM(label, 1) == Py_False && PyUnicode_Check(reason)) {
            Py_ssize_t comment = PyUnicode_Tailmatch(reason, comment_reason, 0, PY_SSIZE_T_MAX, -1);
            if (comment < 0 || (!comment && PyDict_SetDefault(dropped_at, key, index) == NULL)) {
                Py_DECREF(index);
                goto fail;
            }
        }
        Py_DECREF(index);
    }
    /* Pass 2: the kept lines that either rule may drop. */
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *line = PyTuple_GET_ITEM(lines_, i), *label = PyList_GET_ITEM(labels, i);
        int keep = PyObject_IsTrue(PyTuple_GET_ITEM(label, 1));
        int final = keep > 0 ? PyObject_IsTrue(PyTuple_GET_ITEM(label, 4)) : 0;
        if (keep < 0 || final < 0)
            goto fail;
        if (!keep || final)
            continue;
        int candidate = 0;
        if (words[i] <= limit) {
            PyObject *key = PyTuple_GET_ITEM(line, 13);
            int dropped = PyDict_Contains(dropped_at, key);
            int is_good = dropped > 0 ? PyObject_RichCompareBool(PyTuple_GET_ITEM(label, 0), good, Py_EQ) : 0;
            if (dropped < 0 || is_good < 0)
                goto fail;
            candidate = dropped && !is_good;
        }
        if (!candidate && words[i] >= copy_min) {
            PyObject *first = PyDict_GetItemWithError(first_at, PyTuple_GET_ITEM(line, 1));
            Py_ssize_t f = first ? PyLong_AsSsize_t(first) : -1;
            if (f == -1 && PyErr_Occurred())
                goto fail;
            candidate = f != i;
        }
        if (candidate) {
            PyObject *index = PyLong_FromSsize_t(i);
            int bad = index == NULL || PyList_Append(candidates, index) < 0;
            Py_XDECREF(index);
            if (bad)
                goto fail;
        }
    }
    PyMem_Free(words);
    return Py_BuildValue("(NNN)", dropped_at, first_at, candidates);
fail:
    PyMem_Free(words);
    Py_XDECREF(dropped_at);
    Py_XDECREF(first_at);
    Py_XDECREF(candidates);
    return NULL;
}

/* ------------------------------------------------------------------ module */

/* ------------------------------------------------------------------ labels and posts */

/* The number of (line, label) pairs of a page's lines and labels, as zip() makes them. */
static Py_ssize_t paired(PyObject *lines_, PyObject *labels) {
    return PyTuple_GET_SIZE(lines_) < PyList_GET_SIZE(labels) ? PyTuple_GET_SIZE(lines_) : PyList_GET_SIZE(labels);
}

/* recorded(labels, first, stop, found, cls) -> labels.recorded(labels, names, found) for the fields
   first..stop - 1 that ``names`` stand for: a copy of the list ``labels`` where each line i of the dict
   ``found`` gets a ``cls`` tuple (Label) of labels[i]'s items before ``first``, found[i]'s values and
   labels[i]'s items from ``stop`` on. */
static PyObject *recorded(PyObject *self, PyObject *args) {
    PyObject *labels, *found;
    PyTypeObject *cls;
    Py_ssize_t first, stop;
    if (!PyArg_ParseTuple(args, "O!nnO!O!", &PyList_Type, &labels, &first, &stop, &PyDict_Type, &found,
                          &PyType_Type, &cls))
        return NULL;
    if (!PyType_IsSubtype(cls, &PyTuple_Type) || first < 0 || stop < first) {
        PyErr_SetString(PyExc_TypeError, "recorded() needs a tuple type and 0 <= first <= stop");
        return NULL;
    }
    Py_ssize_t n = PyList_GET_SIZE(labels);
    PyObject *out = PyList_GetSlice(labels, 0, n);
    if (out == NULL)
        return NULL;
    PyObject *key, *values;
    Py_ssize_t pos = 0;
    while (PyDict_Next(found, &pos, &key, &values)) {
        Py_ssize_t i = PyNumber_AsSsize_t(key, PyExc_IndexError);
        if (i == -1 && PyErr_Occurred())
            goto error;
        if (i < 0)
            i += n;
        if (i < 0 || i >= n) {
            PyErr_SetString(PyExc_IndexError, "list index out of range");
            goto error;
        }
        PyObject *label = PyList_GET_ITEM(labels, i);
        if (!PyTuple_Check(label) || !PyTuple_Check(values)) {
            PyErr_SetString(PyExc_TypeError, "recorded() needs Label tuples and tuples of values");
            goto error;
        }
        Py_ssize_t size = PyTuple_GET_SIZE(label), nv = PyTuple_GET_SIZE(values);
        Py_ssize_t head = first < size ? first : size, tail = stop < size ? size - stop : 0;
        PyObject *new = cls->tp_alloc(cls, head + nv + tail);
        if (new == NULL)
            goto error;
        Py_ssize_t k = 0;
        for (Py_ssize_t j = 0; j < head; j++, k++)
            PyTuple_SET_ITEM(new, k, Py_NewRef(PyTuple_GET_ITEM(label, j)));
        for (Py_ssize_t j = 0; j < nv; j++, k++)
            PyTuple_SET_ITEM(new, k, Py_NewRef(PyTuple_GET_ITEM(values, j)));
        for (Py_ssize_t j = size - tail; j < size; j++, k++)
            PyTuple_SET_ITEM(new, k, Py_NewRef(PyTuple_GET_ITEM(label, j)));
        PyList_SetItem(out, i, new);  /* steals new, drops the old item */
    }
    return out;
error:
    Py_DECREF(out);
    return NULL;
}

/* edge(flags, i, step, value) -> posts._edge(flags, i, step, value): the first index from i on, going by
   step, whose flag in the list ``flags`` is not ``value`` (-1 or len(flags): none). */
static PyObject *edge(PyObject *self, PyObject *args) {
    PyObject *flags, *value;
    Py_ssize_t i, step;
    if (!PyArg_ParseTuple(args, "O!nnO", &PyList_Type, &flags, &i, &step, &value))
        return NULL;
    while (0 <= i && i < PyList_GET_SIZE(flags)) {
        PyObject *flag = PyList_GET_ITEM(flags, i);
        Py_INCREF(flag);
        int same = PyObject_RichCompareBool(flag, value, Py_EQ);
        Py_DECREF(flag);
        if (same < 0)
            return NULL;
        if (!same)
            break;
        i += step;
    }
    return PyLong_FromSsize_t(i);
}

/* action_rows(lines, labels, actions, companions, max_words) -> the indices i for which
   action_row(lines[i], labels[i], actions, companions, max_words) holds (comments._action_rows): one call
   per page, where most lines fail on their word count or their first word. */
static PyObject *action_rows(PyObject *self, PyObject *args) {
    PyObject *lines_, *labels, *actions, *companions;
    Py_ssize_t max_words;
    if (!PyArg_ParseTuple(args, "O!O!O!O!n", &PyTuple_Type, &lines_, &PyList_Type, &labels, &PyFrozenSet_Type,
                          &actions, &PyFrozenSet_Type, &companions, &max_words))
        return NULL;
    Py_ssize_t n = paired(lines_, labels);
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        int is_row = action_row_of(PyTuple_GET_ITEM(lines_, i), PyList_GET_ITEM(labels, i), actions, companions,
                                   max_words);
        if (is_row < 0)
            goto error;
        if (is_row) {
            PyObject *index = PyLong_FromSsize_t(i);
            if (index == NULL || PyList_Append(out, index) < 0) {
                Py_XDECREF(index);
                goto error;
            }
            Py_DECREF(index);
        }
    }
    return out;
error:
    Py_DECREF(out);
    return NULL;
}

/* post_lines(lines, labels, bad, good) -> posts.post_lines(page, labels), given labels.BAD and labels.GOOD:
   for each line, whether it is a line of a post's text. */
static PyObject *post_lines(PyObject *self, PyObject *args) {
    PyObject *lines_, *labels, *bad, *good;
    if (!PyArg_ParseTuple(args, "O!O!UU", &PyTuple_Type, &lines_, &PyList_Type, &labels, &bad, &good))
        return NULL;
    Py_ssize_t n = paired(lines_, labels);
    PyObject *out = PyList_New(n);
    if (out == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *line = PyTuple_GET_ITEM(lines_, i), *label = PyList_GET_ITEM(labels, i), *flag = Py_False;
        if (!PyTuple_Check(line) || PyTuple_GET_SIZE(line) < 7 || !PyUnicode_Check(PyTuple_GET_ITEM(line, 1))
            || !PyTuple_Check(label) || PyTuple_GET_SIZE(label) < 2) {
            PyErr_SetString(PyExc_TypeError, "post_lines() needs page.Line and Label tuples");
            goto error;
        }
        PyObject *cls = PyTuple_GET_ITEM(label, 0), *terminal = PyTuple_GET_ITEM(line, 6);
        if (PyTuple_GET_ITEM(label, 1) != Py_False) {
            int is_bad = PyObject_RichCompareBool(cls, bad, Py_EQ);
            int is_good = is_bad ? 0 : PyObject_RichCompareBool(cls, good, Py_EQ);
            if (is_bad < 0 || is_good < 0)
                goto error;
            if (is_good)
                flag = Py_True;
            else if (!is_bad) {
                int ends = PyObject_IsTrue(terminal);
                if (ends < 0)
                    goto error;
                if (!ends)
                    flag = terminal;  /* ``line.terminal and ...`` is the falsy terminal itself */
                else {
                    Chars text = chars_of(PyTuple_GET_ITEM(line, 1));
                    flag = text.len > 0 && AT(text, text.len - 1) == ':' ? Py_False : Py_True;
                }
            }
        }
        PyList_SET_ITEM(out, i, Py_NewRef(flag));
    }
    return out;
error:
    Py_DECREF(out);
    return NULL;
}

/* ------------------------------------------------------------------ line shapes */

/* span.shape(text) with span.SHAPE_TOKENS as ``most``: the line's first tokens of span.SHAPE_TOKEN
   (a word: a `[^\W\d_]` then `[\w.'’-]*`; a run of `\d`; any other non-space character) as "a" (a token
   opening with a letter), "9" (with a digit) or the token's character, a run of "a" made one. */
static PyObject *shape(PyObject *self, PyObject *args) {
    PyObject *text;
    Py_ssize_t most;
    if (!PyArg_ParseTuple(args, "Un", &text, &most))
        return NULL;
    if (most < 1 || most > 8) {
        PyErr_SetString(PyExc_ValueError, "shape() reads 1 to 8 tokens");
        return NULL;
    }
    Chars t = chars_of(text);
    Py_UCS4 out[8];
    Py_ssize_t n = 0;
    for (Py_ssize_t i = 0; i < t.len && n < most;) {
        Py_UCS4 c = AT(t, i);
        if (Py_UNICODE_ISSPACE(c)) {
            i++;
            continue;
        }
        Py_ssize_t j = i + 1;
        if (is_word(c) && !is_decimal(c) && c != '_') {
            while (j < t.len) {
                Py_UCS4 d = AT(t, j);
                if (!(is_word(d) || d == '.' || d == '\'' || d == 0x2019 || d == '-'))
                    break;
                j++;
            }
        } else if (is_decimal(c)) {
            while (j < t.len && is_decimal(AT(t, j)))
                j++;
        }
        Py_UCS4 sym = is_alpha(c) ? 'a' : Py_UNICODE_ISDIGIT(c) ? '9' : c;
        if (!(sym == 'a' && n && out[n - 1] == 'a'))
            out[n++] = sym;
        i = j;
    }
    return PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, out, n);
}


/* ------------------------------------------------------------------ stages: comments, teasers */

/* Appends the index i to the list ``out``: 0, or -1 on error. */
static int append_index(PyObject *out, Py_ssize_t i) {
    PyObject *index = PyLong_FromSsize_t(i);
    int bad = index == NULL || PyList_Append(out, index) < 0;
    Py_XDECREF(index);
    return bad ? -1 : 0;
}

/* A line's word count (page.Line.words) into *words: 0, or -1 on error. */
static int line_words(PyObject *line, Py_ssize_t *words) {
    *words = PyLong_AsSsize_t(PyTuple_GET_ITEM(line, 2));
    return *words == -1 && PyErr_Occurred() ? -1 : 0;
}

/* label.cls is one of the n classes ``classes``: 1, 0, or -1 on error. */
static int cls_among(PyObject *label, PyObject *const *classes, int n) {
    PyObject *cls = PyTuple_GET_ITEM(label, 0);
    for (int k = 0; k < n; k++) {
        int same = PyObject_RichCompareBool(cls, classes[k], Py_EQ);
        if (same != 0)
            return same;
    }
    return 0;
}

/* comments._may_open_marker(text), ``openers`` being comments._marker_openers(): the first character of the
   text stripped (str.strip) is one a review marker may open with; so is one beyond the BMP, and none. */
static int may_open_marker(PyObject *text, const unsigned char *openers) {
    Chars t = chars_of(text);
    for (Py_ssize_t i = 0; i < t.len; i++) {
        Py_UCS4 c = AT(t, i);
        if (!Py_UNICODE_ISSPACE(c))
            return c >= BMP || ((openers[c >> 3] >> (c & 7)) & 1);
    }
    return 1;
}

/* comment_candidates(lines, labels, (short, good, near), header_reason, says_colons, review_max_words,
   dashes, marker_openers) -> comments._candidates(page, labels) as a tuple of its seven lists, in one pass
   over the page. */
static PyObject *comment_candidates(PyObject *self, PyObject *args) {
    PyObject *lines_, *labels, *header_reason, *colons, *dashes;
    PyObject *classes[3];
    Py_ssize_t review_max_words;
    Py_buffer openers;
    if (!PyArg_ParseTuple(args, "O!O!(OOO)UO!nUy*", &PyTuple_Type, &lines_, &PyList_Type, &labels, &classes[0],
                          &classes[1], &classes[2], &header_reason, &PyTuple_Type, &colons, &review_max_words,
                          &dashes, &openers))
        return NULL;
    if (openers.len != BMP / 8) {
        PyBuffer_Release(&openers);
        PyErr_SetString(PyExc_ValueError, "comment_candidates() needs a bitmap of the BMP");
        return NULL;
    }
    PyObject *out = NULL;
    Py_ssize_t n = page_rows("comment_candidates", lines_, labels, 9, 4);
    if (n < 0)
        goto fail;
    enum { ONE_LINE, NAMES, SAYS, STAMPED, RATED, REVIEWS, SIGNED, LISTS };
    out = PyTuple_New(LISTS);
    if (out == NULL)
        goto fail;
    for (int k = 0; k < LISTS; k++) {
        PyObject *list = PyList_New(0);
        if (list == NULL)
            goto fail;
        PyTuple_SET_ITEM(out, k, list);
    }
#define LIST(k) PyTuple_GET_ITEM(out, k)
#define LINE(i) PyTuple_GET_ITEM(lines_, i)
#define LABEL(i) PyList_GET_ITEM(labels, i)
#define KEEP(i) PyTuple_GET_ITEM(LABEL(i), 1)
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *line = LINE(i), *label = LABEL(i), *text = PyTuple_GET_ITEM(line, 1);
        Py_ssize_t words, next_words;
        int kept = PyObject_IsTrue(KEEP(i)), is_short = cls_among(label, classes, 1);
        if (kept < 0 || is_short < 0 || line_words(line, &words) < 0)
            goto fail;
        if (i < n - 1) {
            int r = PyObject_RichCompareBool(PyTuple_GET_ITEM(label, 3), header_reason, Py_EQ);
            if (r < 0 || (r && append_index(LIST(ONE_LINE), i) < 0))
                goto fail;
        }
        if (i < n - 2 && is_short && KEEP(i) == Py_None) {
            int next_kept = PyObject_IsTrue(KEEP(i + 1)), prose = 0;
            if (next_kept < 0)
                goto fail;
            if (!next_kept) {
                prose = cls_among(LABEL(i + 2), classes + 1, 2);
                if (prose == 0 && i + 3 < n)
                    prose = cls_among(LABEL(i + 3), classes + 1, 2);
                if (prose < 0 || (prose && append_index(LIST(NAMES), i) < 0))
                    goto fail;
            }
        }
        if (i < n - 1 && is_short) {
            int r = ends_with_any(text, colons);
            if (r < 0 || (r && append_index(LIST(SAYS), i) < 0))
                goto fail;
        }
        if (!kept) {
            double digits = PyFloat_AsDouble(PyTuple_GET_ITEM(line, 8));
            if (digits == -1.0 && PyErr_Occurred())
                goto fail;
            if (digits != 0.0) {
                int terminal = PyObject_IsTrue(PyTuple_GET_ITEM(line, 6));
                if (terminal < 0)
                    goto fail;
                if (!terminal && PyUnicode_FindChar(text, ':', 0, PyUnicode_GET_LENGTH(text), 1) >= 0
                    && append_index(LIST(STAMPED), i) < 0)
                    goto fail;
            }
        }
        if (i < n - 2 && words == 1) {
            if (line_words(LINE(i + 1), &next_words) < 0)
                goto fail;
            if (next_words == 1 && append_index(LIST(RATED), i) < 0)
                goto fail;
        }
        if (words <= review_max_words && KEEP(i) != Py_True && may_open_marker(text, openers.buf)
            && append_index(LIST(REVIEWS), i) < 0)
            goto fail;
        /* line.text[:1] in dashes: the empty text is in every str */
        if ((PyUnicode_GET_LENGTH(text) == 0
             || PyUnicode_FindChar(dashes, PyUnicode_READ_CHAR(text, 0), 0, PyUnicode_GET_LENGTH(dashes), 1) >= 0)
            && append_index(LIST(SIGNED), i) < 0)
            goto fail;
    }
#undef LIST
#undef LINE
#undef LABEL
#undef KEEP
    PyBuffer_Release(&openers);
    return out;
fail:
    PyBuffer_Release(&openers);
    Py_XDECREF(out);
    return NULL;
}

/* A colon right after a dateline's last character (teasers.DATELINE_COLON): a capital (the `regex`
   module's \p{Lu}, in the BMP), a dot, an apostrophe or a hyphen, or a character beyond the BMP. */
static int dateline_colon(PyObject *text) {
    Chars t = chars_of(text);
    for (Py_ssize_t i = 1; i < t.len; i++) {
        if (AT(t, i) != ':')
            continue;
        Py_UCS4 c = AT(t, i - 1);
        if (c >= BMP || is_glue_upper(c) || c == '.' || c == '\'' || c == 0x2019 || c == '-')
            return 1;
    }
    return 0;
}

/* A time's figures around its colon (teasers.CLOCK_FIGURES, \d:\d\d: decimal digits of any script). */
static int clock_figures(PyObject *text) {
    Chars t = chars_of(text);
    for (Py_ssize_t i = 1; i + 2 < t.len; i++)
        if (AT(t, i) == ':' && is_decimal(AT(t, i - 1)) && is_decimal(AT(t, i + 1)) && is_decimal(AT(t, i + 2)))
            return 1;
    return 0;
}

/* teaser_candidates(lines, labels, stamp_max_words, rank_max_words) -> teasers._candidates(page, labels) as
   a tuple of its four lists, in one pass over the page. */
static PyObject *teaser_candidates(PyObject *self, PyObject *args) {
    PyObject *lines_, *labels;
    Py_ssize_t stamp_max_words, rank_max_words;
    if (!PyArg_ParseTuple(args, "O!O!nn", &PyTuple_Type, &lines_, &PyList_Type, &labels, &stamp_max_words,
                          &rank_max_words))
        return NULL;
    if (!tables_set) {
        PyErr_SetString(PyExc_RuntimeError, "teaser_candidates() before set_tables()");
        return NULL;
    }
    Py_ssize_t n = page_rows("teaser_candidates", lines_, labels, 9, 5);
    if (n < 0)
        return NULL;
    enum { STAMPS, RANKS, GLUED, STAMP_GLUED, LISTS };
    PyObject *out = PyTuple_New(LISTS);
    if (out == NULL)
        return NULL;
    for (int k = 0; k < LISTS; k++) {
        PyObject *list = PyList_New(0);
        if (list == NULL)
            goto fail;
        PyTuple_SET_ITEM(out, k, list);
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *line = PyTuple_GET_ITEM(lines_, i), *label = PyList_GET_ITEM(labels, i);
        PyObject *text = PyTuple_GET_ITEM(line, 1), *keep = PyTuple_GET_ITEM(label, 1);
        Py_ssize_t words;
        double digits = PyFloat_AsDouble(PyTuple_GET_ITEM(line, 8));
        int kept = PyObject_IsTrue(keep), final = PyObject_IsTrue(PyTuple_GET_ITEM(label, 4));
        if ((digits == -1.0 && PyErr_Occurred()) || kept < 0 || final < 0 || line_words(line, &words) < 0)
            goto fail;
        if (digits != 0.0 && !kept && ((words <= stamp_max_words && append_index(PyTuple_GET_ITEM(out, STAMPS), i) < 0)
                                       || (words <= rank_max_words && append_index(PyTuple_GET_ITEM(out, RANKS), i) < 0)))
            goto fail;
        if (!final && keep != Py_False && dateline_colon(text) && append_index(PyTuple_GET_ITEM(out, GLUED), i) < 0)
            goto fail;
        if (digits != 0.0 && !final && clock_figures(text) && append_index(PyTuple_GET_ITEM(out, STAMP_GLUED), i) < 0)
            goto fail;
    }
    return out;
fail:
    Py_DECREF(out);
    return NULL;
}

/* ------------------------------------------------------------------ page stages: segmentation (its columns,
   a thread's posts, the densest and the maximal runs), specs, dumps, repetition, menus */

/* flags[i] == value, as the Python walks compare a flag (identity first: the flags are bools). */
static inline int flag_is(PyObject *flags, Py_ssize_t i, PyObject *value) {
    PyObject *flag = PyList_GET_ITEM(flags, i);
    if (flag == value)
        return 1;
    Py_INCREF(flag);
    int same = PyObject_RichCompareBool(flag, value, Py_EQ);
    Py_DECREF(flag);
    return same;
}

/* posts._edge(flags, i, step, value); -2 on error. */
static Py_ssize_t flags_edge(PyObject *flags, Py_ssize_t i, Py_ssize_t step, PyObject *value) {
    while (0 <= i && i < PyList_GET_SIZE(flags)) {
        int same = flag_is(flags, i, value);
        if (same < 0)
            return -2;
        if (!same)
            break;
        i += step;
    }
    return i;
}

/* The number of items of range(start, stop, step), step being 1 or -1. */
static inline Py_ssize_t range_len(Py_ssize_t start, Py_ssize_t stop, Py_ssize_t step) {
    Py_ssize_t n = (stop - start) * step;
    return n > 0 ? n : 0;
}

/* posts._any_in(flags, range(start, stop, step)): a flag of the lines is true. 1, 0, -1 on error. */
static int any_flag(PyObject *flags, Py_ssize_t start, Py_ssize_t stop, Py_ssize_t step) {
    for (Py_ssize_t i = start; (stop - i) * step > 0; i += step) {
        int set = PyObject_IsTrue(PyList_GET_ITEM(flags, i));
        if (set)
            return set;
    }
    return 0;
}

/* The words of the good lines of range(first, last + step, step) (the walk's prose()); -1 on error. */
static Py_ssize_t prose_words(PyObject *lines_, PyObject *labels, Py_ssize_t first, Py_ssize_t last,
                              Py_ssize_t step, PyObject *good) {
    Py_ssize_t words = 0;
    for (Py_ssize_t i = first; (last + step - i) * step > 0; i += step) {
        int is_good = PyObject_RichCompareBool(PyTuple_GET_ITEM(PyList_GET_ITEM(labels, i), 0), good, Py_EQ);
        if (is_good < 0)
            return -1;
        if (is_good) {
            Py_ssize_t w;
            if (line_words(PyTuple_GET_ITEM(lines_, i), &w) < 0)
                return -1;
            words += w;
        }
    }
    return words;
}

/* The first test of posts._shared's block_like: the lines range(start, stop, step) number
   block_min..block_max and one of them is a dateline (its label's reason). 1, 0, -1 on error. */
static int dated_block(PyObject *labels, Py_ssize_t start, Py_ssize_t stop, Py_ssize_t step, Py_ssize_t block_min,
                       Py_ssize_t block_max, PyObject *dateline_reason) {
    Py_ssize_t size = range_len(start, stop, step);
    if (size < block_min || size > block_max)
        return 0;
    for (Py_ssize_t i = start; (stop - i) * step > 0; i += step) {
        int dated = PyObject_RichCompareBool(PyTuple_GET_ITEM(PyList_GET_ITEM(labels, i), 3), dateline_reason, Py_EQ);
        if (dated)
            return dated;
    }
    return 0;
}

/* thread_walk(lines, labels, stops, posts, start, end, step, furniture, shared, own_prose, params) ->
   posts._walk(page, labels, stops, posts, start, end, step, furniture), ``shared(previous, block)`` and
   ``own_prose(i, repeated)`` being the walk's _shared and _own_prose on the page, called only for two
   blocks of furniture that may repeat and for the lines of a block past the span's edge, and ``params``
   (dateline_reason, good, block_min_lines, block_max_lines, min_comments, article_min_words). */
static PyObject *thread_walk(PyObject *self, PyObject *args) {
    PyObject *lines_, *labels, *stops, *posts, *furniture, *shared, *own_prose, *dateline_reason, *good;
    Py_ssize_t start, end, step, block_min, block_max, min_comments, article_min;
    if (!PyArg_ParseTuple(args, "O!O!O!O!nnnO!OO(UUnnnn)", &PyTuple_Type, &lines_, &PyList_Type, &labels,
                          &PyList_Type, &stops, &PyList_Type, &posts, &start, &end, &step, &PySet_Type, &furniture,
                          &shared, &own_prose, &dateline_reason, &good, &block_min, &block_max, &min_comments,
                          &article_min))
        return NULL;
    Py_ssize_t n = page_rows("thread_walk", lines_, labels, 3, 4);
    if (n < 0)
        return NULL;
    if (PyList_GET_SIZE(stops) != n || PyList_GET_SIZE(posts) != n || (step != 1 && step != -1)
        || start < 0 || start >= n) {
        PyErr_SetString(PyExc_ValueError, "thread_walk() needs a flag per line, a step of 1 or -1 and a line to start");
        return NULL;
    }
    PyObject *repeated = NULL;
#define EDGE(var, i, s, value) if ((var = flags_edge(posts, (i), (s), (value))) == -2) goto fail
    Py_ssize_t behind, prev_stop, post, block_stop;
    EDGE(behind, start, -step, Py_True);
    EDGE(prev_stop, behind, -step, Py_False);
    Py_ssize_t prev_start = behind, prev_step = -step;  /* previous = range(prev_start, prev_stop, prev_step) */
    EDGE(post, start, step, Py_True);
    post -= step;  /* the outermost line of the current post */
    Py_ssize_t reached = end, words = 0;
    if (step > 0 && (words = prose_words(lines_, labels, start, post, step, good)) < 0)
        goto fail;
    int thread = 0;
    Py_ssize_t chain = 1;
    for (;;) {
        Py_ssize_t block_start = post + step;
        EDGE(block_stop, block_start, step, Py_False);
        Py_ssize_t beyond = block_stop;
        if (!(0 <= beyond && beyond < n))
            break;
        int stopped = any_flag(stops, block_start, block_stop, step);
        if (stopped)
            goto stopped;
        int alike = dated_block(labels, prev_start, prev_stop, prev_step, block_min, block_max, dateline_reason);
        if (alike > 0)
            alike = dated_block(labels, block_start, block_stop, step, block_min, block_max, dateline_reason);
        if (alike < 0)
            goto fail;
        Py_CLEAR(repeated);
        if (alike) {
            PyObject *previous = PyObject_CallFunction((PyObject *)&PyRange_Type, "nnn", prev_start, prev_stop,
                                                       prev_step);
            PyObject *block = previous == NULL ? NULL : PyObject_CallFunction((PyObject *)&PyRange_Type, "nnn",
                                                                             block_start, block_stop, step);
            repeated = block == NULL ? NULL : PyObject_CallFunctionObjArgs(shared, previous, block, NULL);
            Py_XDECREF(previous);
            Py_XDECREF(block);
            if (repeated == NULL)
                goto fail;
        }
        int repeats = repeated != NULL && PyObject_IsTrue(repeated);
        if (repeats < 0)
            goto fail;
        thread = thread || repeats;
        chain = repeats ? chain + 1 : 1;
        int past = (beyond - end) * step > 0;  /* the next post lies past the span's edge */
        if (past) {
            if (chain < min_comments || words >= article_min)
                break;
            if (repeated == NULL && (repeated = PySet_New(NULL)) == NULL)  /* _shared's set() */
                goto fail;
            for (Py_ssize_t i = block_start; (block_stop - i) * step > 0; i += step) {
                if ((i - end) * step <= 0)
                    continue;
                PyObject *index = PyLong_FromSsize_t(i);
                PyObject *own = index == NULL ? NULL : PyObject_CallFunctionObjArgs(own_prose, index, repeated, NULL);
                int is_own = own == NULL ? -1 : PyObject_IsTrue(own);
                Py_XDECREF(own);
                if (is_own < 0 || (!is_own && PySet_Add(furniture, index) < 0)) {
                    Py_XDECREF(index);
                    goto fail;
                }
                Py_DECREF(index);
            }
        }
        EDGE(post, beyond, step, Py_True);
        post -= step;
        stopped = any_flag(stops, beyond, post + step, step);
        if (!stopped && step < 0 && past) {
            Py_ssize_t own = prose_words(lines_, labels, beyond, post, step, good);
            if (own < 0)
                goto fail;
            stopped = own == 0;
        }
        if (stopped)
            goto stopped;
        reached = (post - end) * step > 0 ? post : end;
        if (!thread && step > 0) {
            Py_ssize_t more = prose_words(lines_, labels, beyond, post, step, good);
            if (more < 0)
                goto fail;
            words += more;
        }
        prev_start = block_start;
        prev_stop = block_stop;
        prev_step = step;
    }
    Py_XDECREF(repeated);
    return PyLong_FromSsize_t(reached);
stopped:
    if (PyErr_Occurred())
        goto fail;
    Py_XDECREF(repeated);
    return PyLong_FromSsize_t(reached);
fail:
    Py_XDECREF(repeated);
    return NULL;
#undef EDGE
}

/* The line's text opens with an ASCII character that no letter is: then no pattern that opens with
   `^\p{L}` matches it (nor an empty text). */
static inline int no_letter_lead(Chars t) {
    return t.len == 0 || (AT(t, 0) < 128 && !is_ascii_letter(AT(t, 0)));
}

/* pattern.search(text) is not None for a pattern of one class (`\p{L}` or `\p{N}`) whose ASCII members
   ``ascii`` tests: answered here when the text holds one of them or is all ASCII. 1, 0, -1 on error. */
static int class_in(PyObject *text, PyObject *pattern, int (*ascii)(Py_UCS4)) {
    Chars t = chars_of(text);
    int other = 0;
    for (Py_ssize_t k = 0; k < t.len; k++) {
        Py_UCS4 c = AT(t, k);
        if (c >= 128)
            other = 1;
        else if (ascii(c))
            return 1;
    }
    return other ? pattern_hits(pattern, str_search, text) : 0;
}

static int ascii_letter(Py_UCS4 c) { return is_ascii_letter(c); }
static int ascii_digit(Py_UCS4 c) { return c >= '0' && c <= '9'; }

static inline int ends_with_colon(Chars t) { return t.len > 0 && AT(t, t.len - 1) == ':'; }

/* specs.LABEL_LINE.match(text) is not None, text ending with a colon: `^\p{L}[\p{L}\p{N}.'’&/() -]{0,40}:$`
   answered here for an ASCII text, by the pattern for another. 1, 0, -1 on error. */
static int label_line(PyObject *text, Chars t, PyObject *pattern) {
    if (no_letter_lead(t) || t.len > 42)  /* a letter, 40 characters at most, the colon */
        return 0;
    if (!PyUnicode_IS_ASCII(text))
        return pattern_hits(pattern, str_match, text);
    for (Py_ssize_t k = 1; k < t.len - 1; k++) {
        Py_UCS4 c = AT(t, k);
        if (!(is_ascii_letter(c) || ascii_digit(c) || c == '.' || c == '\'' || c == '&' || c == '/' || c == '('
              || c == ')' || c == ' ' || c == '-'))
            return 0;
    }
    return 1;
}

/* specs.BARE_LABEL.match(text) is not None: `^\p{L}[^\p{N}:.!?]*$`, answered here for an ASCII text and
   for one with an ASCII figure or mark after its lead, by the pattern for another. 1, 0, -1 on error. */
static int bare_label(PyObject *text, Chars t, PyObject *pattern) {
    if (no_letter_lead(t))
        return 0;
    for (Py_ssize_t k = 1; k < t.len; k++) {
        Py_UCS4 c = AT(t, k);
        if (ascii_digit(c) || c == ':' || c == '.' || c == '!' || c == '?')
            return 0;
    }
    return PyUnicode_IS_ASCII(text) ? 1 : pattern_hits(pattern, str_match, text);
}

/* specs._pair(label, value) with its patterns and word limits: 1 or 0 (the pair shows a table's or not),
   2 (no such pair: None), -1 on error. */
typedef struct {
    PyObject *label_line, *bare_label, *letter, *figure, *answers;
    Py_ssize_t value_max, bare_max, measure_max;
} SpecParams;

static int spec_pair(PyObject *label, PyObject *value, const SpecParams *p) {
    Py_ssize_t value_words = PyLong_AsSsize_t(PyTuple_GET_ITEM(value, 2));
    if (value_words == -1 && PyErr_Occurred())
        return -1;
    PyObject *value_text = PyTuple_GET_ITEM(value, 1), *text = PyTuple_GET_ITEM(label, 1);
    if (value_words > p->value_max || ends_with_colon(chars_of(value_text)))
        return 2;
    Chars t = chars_of(text);
    int colon = 0;
    if (ends_with_colon(t) && (colon = label_line(text, t, p->label_line)) < 0)
        return -1;
    if (!colon) {
        Py_ssize_t label_words = PyLong_AsSsize_t(PyTuple_GET_ITEM(label, 2));
        if (label_words == -1 && PyErr_Occurred())
            return -1;
        if (label_words > p->bare_max)
            return 2;
        int bare = bare_label(text, t, p->bare_label);
        if (bare <= 0)
            return bare < 0 ? -1 : 2;
    }
    int lettered = class_in(value_text, p->letter, ascii_letter);
    if (lettered < 0)
        return -1;
    if (lettered) {
        int measure = colon ? 1 : value_words <= p->measure_max ? class_in(value_text, p->figure, ascii_digit) : 0;
        if (measure)
            return measure;
    }
    PyObject *lower = PyObject_CallMethodNoArgs(value_text, str_lower);
    if (lower == NULL)
        return -1;
    int answer = PySet_Contains(p->answers, lower);
    Py_DECREF(lower);
    return answer;
}

/* labels.Label's keep is None and its class is short or near (span.undecided). 1, 0, -1 on error. */
static int undecided_label(PyObject *label, PyObject *short_, PyObject *near) {
    return PyTuple_GET_ITEM(label, 1) == Py_None ? cls_in(label, short_, near) : 0;
}

/* spec_pairs(lines, labels, (short, near), (label_line, bare_label, letter, figure, answers), (value_max_words,
   bare_label_max_words, measure_max_words, pair_run, value_share)) -> specs._pairs(page, labels). */
static PyObject *spec_pairs(PyObject *self, PyObject *args) {
    PyObject *lines_, *labels, *short_, *near;
    SpecParams p;
    Py_ssize_t pair_run;
    double value_share;
    if (!PyArg_ParseTuple(args, "O!O!(UU)(OOOOO!)(nnnnd)", &PyTuple_Type, &lines_, &PyList_Type, &labels, &short_,
                          &near, &p.label_line, &p.bare_label, &p.letter, &p.figure, &PyFrozenSet_Type, &p.answers,
                          &p.value_max, &p.bare_max, &p.measure_max, &pair_run, &value_share))
        return NULL;
    Py_ssize_t n = page_rows("spec_pairs", lines_, labels, 3, 2);
    if (n < 0)
        return NULL;
    PyObject *found = PySet_New(NULL), *names = NULL;
    char *open = PyMem_Malloc(n ? n : 1);
    if (found == NULL || open == NULL) {
        if (open == NULL)
            PyErr_NoMemory();
        goto fail;
    }
    for (Py_ssize_t k = 0; k < n; k++) {
        int u = undecided_label(PyList_GET_ITEM(labels, k), short_, near);
        if (u < 0)
            goto fail;
        open[k] = (char)u;
    }
    Py_ssize_t last = n - 1;  /* the last line that can be a value */
    for (Py_ssize_t i0 = 0; i0 < 2; i0++) {
        Py_ssize_t i = i0;
        while (i < n) {
            Py_ssize_t j = i, shown = 0;
            if (names != NULL && PySet_GET_SIZE(names) && PySet_Clear(names) < 0)
                goto fail;
            while (j < last && open[j] && open[j + 1]) {
                PyObject *line = PyTuple_GET_ITEM(lines_, j);
                int table = spec_pair(line, PyTuple_GET_ITEM(lines_, j + 1), &p);
                if (table < 0)
                    goto fail;
                if (table == 2)
                    break;
                int seen = names == NULL ? 0 : PySet_Contains(names, PyTuple_GET_ITEM(line, 1));
                if (seen < 0)
                    goto fail;
                if (seen)
                    break;
                if ((names == NULL && (names = PySet_New(NULL)) == NULL) || PySet_Add(names, PyTuple_GET_ITEM(line, 1)) < 0)
                    goto fail;
                j += 2;
                shown += table;
            }
            Py_ssize_t pairs = (j - i) / 2;
            if (pairs >= pair_run && (double)shown >= value_share * (double)pairs) {
                for (Py_ssize_t k = i; k < j; k++) {
                    PyObject *index = PyLong_FromSsize_t(k);
                    if (index == NULL || PySet_Add(found, index) < 0) {
                        Py_XDECREF(index);
                        goto fail;
                    }
                    Py_DECREF(index);
                }
            }
            int again = 0;
            if (j > i && j < n && (again = PySet_Contains(names, PyTuple_GET_ITEM(PyTuple_GET_ITEM(lines_, j), 1))) < 0)
                goto fail;
            i = again ? j : j + 2;
        }
    }
    PyMem_Free(open);
    Py_XDECREF(names);
    return found;
fail:
    PyMem_Free(open);
    Py_XDECREF(names);
    Py_XDECREF(found);
    return NULL;
}


/* dumps.SENTENCE_BREAK's lookbehind: the marks that end a sentence before a space. */
static inline int is_break_mark(Py_UCS4 c) {
    switch (c) {
    case '.': case '!': case '?': case 0x2026: case 0x3002: case 0xff01: case 0xff1f:
        return 1;
    }
    return 0;
}

/* Appends (key, words) of ``sentence`` to ``out`` when it holds min_words words or more: its lower case's
   runs of `\w`, joined by a space. 0, or -1 on error. */
static int add_sentence(PyObject *out, PyObject *sentence, Py_ssize_t min_words, PyObject *space) {
    PyObject *lower = PyObject_CallMethodNoArgs(sentence, str_lower), *words = NULL, *key = NULL;
    if (lower == NULL)
        return -1;
    int rc = -1;
    Chars t = chars_of(lower);
    if ((words = PyList_New(0)) == NULL)
        goto done;
    for (Py_ssize_t i = 0; i < t.len;) {
        if (!is_word(AT(t, i))) {
            i++;
            continue;
        }
        Py_ssize_t j = i + 1;
        while (j < t.len && is_word(AT(t, j)))
            j++;
        PyObject *word = PyUnicode_Substring(lower, i, j);
        if (word == NULL || PyList_Append(words, word) < 0) {
            Py_XDECREF(word);
            goto done;
        }
        Py_DECREF(word);
        i = j;
    }
    Py_ssize_t n = PyList_GET_SIZE(words);
    if (n < min_words) {
        rc = 0;
        goto done;
    }
    if ((key = PyUnicode_Join(space, words)) == NULL)
        goto done;
    PyObject *item = Py_BuildValue("(On)", key, n);
    rc = item == NULL || PyList_Append(out, item) < 0 ? -1 : 0;
    Py_XDECREF(item);
done:
    Py_DECREF(lower);
    Py_XDECREF(words);
    Py_XDECREF(key);
    return rc;
}

/* sentences(text, min_words) -> dumps._sentences(text): the text split after each sentence end
   (dumps.SENTENCE_BREAK: a space after a mark), and (key, words) of each piece of min_words words or
   more, its key the `\w` runs of its lower case joined by a space (language.WORD). */
static PyObject *sentences(PyObject *self, PyObject *args) {
    PyObject *text;
    Py_ssize_t min_words;
    if (!PyArg_ParseTuple(args, "Un", &text, &min_words))
        return NULL;
    PyObject *out = PyList_New(0), *space = PyUnicode_FromOrdinal(' ');
    if (out == NULL || space == NULL)
        goto fail;
    Chars t = chars_of(text);
    Py_ssize_t start = 0, i = 1;
    while (i < t.len) {
        if (!(Py_UNICODE_ISSPACE(AT(t, i)) && is_break_mark(AT(t, i - 1)))) {
            i++;
            continue;
        }
        PyObject *sentence = PyUnicode_Substring(text, start, i);
        int bad = sentence == NULL || add_sentence(out, sentence, min_words, space) < 0;
        Py_XDECREF(sentence);
        if (bad)
            goto fail;
        while (i < t.len && Py_UNICODE_ISSPACE(AT(t, i)))
            i++;
        start = i;
    }
    PyObject *last = PyUnicode_Substring(text, start, t.len);  /* the text after the last break ("" after a
                                                                  break at its end, as re.split gives) */
    int bad = last == NULL || add_sentence(out, last, min_words, space) < 0;
    Py_XDECREF(last);
    if (bad)
        goto fail;
    Py_DECREF(space);
    PyObject *result = PyList_AsTuple(out);
    Py_DECREF(out);
    return result;
fail:
    Py_XDECREF(out);
    Py_XDECREF(space);
    return NULL;
}


/* listed_runs(lines, max_words, min_entries) -> repetition._listed_runs(lines), given its
   TOC_ENTRY_MAX_WORDS and TOC_MIN_ENTRIES: the runs of min_entries or more lines of max_words words or
   fewer, each with a key that a later line of the page has too. */
static PyObject *listed_runs(PyObject *self, PyObject *args) {
    PyObject *lines_;
    Py_ssize_t max_words, min_entries;
    if (!PyArg_ParseTuple(args, "O!nn", &PyTuple_Type, &lines_, &max_words, &min_entries))
        return NULL;
    Py_ssize_t n = PyTuple_GET_SIZE(lines_);
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *line = PyTuple_GET_ITEM(lines_, k);
        if (!PyTuple_Check(line) || PyTuple_GET_SIZE(line) < 14) {
            PyErr_SetString(PyExc_TypeError, "listed_runs() needs page.Line tuples");
            return NULL;
        }
    }
    PyObject *seen = PySet_New(NULL), *runs = PyList_New(0);
    char *entry = PyMem_Malloc(n ? n : 1);  /* the line may stand in a run */
    if (seen == NULL || runs == NULL || entry == NULL) {
        if (entry == NULL)
            PyErr_NoMemory();
        goto fail;
    }
    for (Py_ssize_t i = n - 1; i >= 0; i--) {  /* a key that a later line has: seen from the end */
        PyObject *line = PyTuple_GET_ITEM(lines_, i), *key = PyTuple_GET_ITEM(line, 13);
        int later = PySet_Contains(seen, key);
        if (later < 0 || PySet_Add(seen, key) < 0)
            goto fail;
        entry[i] = 0;
        if (later) {
            int keyed = PyObject_IsTrue(key);
            Py_ssize_t words = keyed > 0 ? PyLong_AsSsize_t(PyTuple_GET_ITEM(line, 2)) : 0;
            if (keyed < 0 || (words == -1 && PyErr_Occurred()))
                goto fail;
            entry[i] = keyed && words <= max_words;
        }
    }
    Py_ssize_t start = 0;
    for (Py_ssize_t i = 0; i <= n; i++) {
        if (i < n && entry[i])
            continue;
        if (i - start >= min_entries) {
            PyObject *keys = PyList_New(i - start);
            if (keys == NULL)
                goto fail;
            for (Py_ssize_t k = start; k < i; k++)
                PyList_SET_ITEM(keys, k - start, Py_NewRef(PyTuple_GET_ITEM(PyTuple_GET_ITEM(lines_, k), 13)));
            PyObject *run = Py_BuildValue("(nnNO)", start, i, keys, Py_True);
            if (run == NULL || PyList_Append(runs, run) < 0) {
                Py_XDECREF(run);
                goto fail;
            }
            Py_DECREF(run);
        }
        start = i + 1;
    }
    PyMem_Free(entry);
    Py_DECREF(seen);
    return runs;
fail:
    PyMem_Free(entry);
    Py_XDECREF(seen);
    Py_XDECREF(runs);
    return NULL;
}


/* span_columns(labels, comment_reason, box_prefix) -> segmentation._columns(labels) as a tuple (teasers,
   threads, flags, boxed, closing, title_like, menus): each label's aside as a comment thread's (it starts
   with ``comment_reason``) or a teaser run's, whether it has one, whether it is an inline box's (it starts
   with ``box_prefix``), its closes outside such a box, its title_like and its menu. */
static PyObject *span_columns(PyObject *self, PyObject *args) {
    PyObject *labels, *comment_reason, *box_prefix;
    if (!PyArg_ParseTuple(args, "O!UU", &PyList_Type, &labels, &comment_reason, &box_prefix))
        return NULL;
    Py_ssize_t n = PyList_GET_SIZE(labels);
    PyObject *cols[7] = {NULL};
    PyObject *empty = PyUnicode_New(0, 0);
    if (empty == NULL)
        return NULL;
    for (int c = 0; c < 7; c++)
        if ((cols[c] = PyList_New(n)) == NULL)
            goto fail;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *label = PyList_GET_ITEM(labels, i);
        if (!PyTuple_Check(label) || PyTuple_GET_SIZE(label) < 15 || !PyUnicode_Check(PyTuple_GET_ITEM(label, 6))) {
            PyErr_SetString(PyExc_TypeError, "span_columns() needs Label tuples with a str aside");
            goto fail;
        }
        PyObject *aside = PyTuple_GET_ITEM(label, 6), *closes = PyTuple_GET_ITEM(label, 5);
        int has = PyUnicode_GET_LENGTH(aside) > 0, thread = 0, box = 0;
        if (has) {
            thread = (int)PyUnicode_Tailmatch(aside, comment_reason, 0, PY_SSIZE_T_MAX, -1);
            box = (int)PyUnicode_Tailmatch(aside, box_prefix, 0, PY_SSIZE_T_MAX, -1);
            if (thread < 0 || box < 0)
                goto fail;
        }
        int closes_true = PyObject_IsTrue(closes);
        if (closes_true < 0)
            goto fail;
        PyList_SET_ITEM(cols[0], i, Py_NewRef(thread ? empty : aside));
        PyList_SET_ITEM(cols[1], i, Py_NewRef(thread ? aside : empty));
        PyList_SET_ITEM(cols[2], i, PyBool_FromLong(has));
        PyList_SET_ITEM(cols[3], i, PyBool_FromLong(box));
        PyList_SET_ITEM(cols[4], i, closes_true ? PyBool_FromLong(!box) : Py_NewRef(closes));
        PyList_SET_ITEM(cols[5], i, Py_NewRef(PyTuple_GET_ITEM(label, 13)));
        PyList_SET_ITEM(cols[6], i, Py_NewRef(PyTuple_GET_ITEM(label, 14)));
    }
    Py_DECREF(empty);
    return Py_BuildValue("(NNNNNNN)", cols[0], cols[1], cols[2], cols[3], cols[4], cols[5], cols[6]);
fail:
    Py_DECREF(empty);
    for (int c = 0; c < 7; c++)
        Py_XDECREF(cols[c]);
    return NULL;
}


/* menu_runs(lines, labels, title_like, menu_run, (bad, good, near)) -> span.menu_runs(page, labels,
   title_like), ``title_like`` holding bools and ``menu_run`` being the page's config.menu_run. */
static PyObject *menu_runs(PyObject *self, PyObject *args) {
    PyObject *lines_, *labels, *title_like, *bad, *good, *near;
    Py_ssize_t menu_run;
    if (!PyArg_ParseTuple(args, "O!O!O!n(UUU)", &PyTuple_Type, &lines_, &PyList_Type, &labels, &PyList_Type,
                          &title_like, &menu_run, &bad, &good, &near))
        return NULL;
    Py_ssize_t n;
    PyObject *out = per_line("menu_runs", lines_, labels, 2, 2, &n);
    if (out == NULL)
        return NULL;
    char *flags = PyMem_Malloc(n ? n : 1);
    if (flags == NULL || PyList_GET_SIZE(title_like) < n) {
        if (flags == NULL)
            PyErr_NoMemory();
        else
            PyErr_SetString(PyExc_ValueError, "menu_runs() needs a flag per line");
        goto fail;
    }
    /* A title-like line, or a chrome line with text (a picture's empty line ends a run). */
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *label = PyList_GET_ITEM(labels, i);
        int flag = PyObject_IsTrue(PyList_GET_ITEM(title_like, i));
        if (!flag) {
            int is_bad = PyObject_RichCompareBool(PyTuple_GET_ITEM(label, 0), bad, Py_EQ);
            int kept = is_bad > 0 ? PyObject_IsTrue(PyTuple_GET_ITEM(label, 1)) : 0;
            if (is_bad < 0 || kept < 0)
                goto fail;
            flag = is_bad && !kept && PyUnicode_GET_LENGTH(PyTuple_GET_ITEM(PyTuple_GET_ITEM(lines_, i), 1)) > 0;
        }
        if (flag < 0)
            goto fail;
        flags[i] = (char)flag;
    }
    for (Py_ssize_t start = 0, end; start < n; start = end) {
        for (end = start + 1; end < n && flags[end] == flags[start]; end++)
            ;
        int in_run = flags[start] && end - start >= menu_run;
        if (in_run && start > 0) {
            /* span._announces: the line above is a sentence of the text that ends with a colon */
            PyObject *above = PyList_GET_ITEM(labels, start - 1);
            Chars t = chars_of(PyTuple_GET_ITEM(PyTuple_GET_ITEM(lines_, start - 1), 1));
            int announced = ends_with_colon(t) ? cls_in(above, good, near) : 0;
            if (announced > 0)
                announced = PyTuple_GET_ITEM(above, 1) != Py_False;
            if (announced > 0) {
                int is_bad = PyObject_RichCompareBool(PyTuple_GET_ITEM(PyList_GET_ITEM(labels, start), 0), bad, Py_EQ);
                announced = is_bad < 0 ? -1 : !is_bad;
            }
            if (announced < 0)
                goto fail;
            in_run = !announced;
        }
        for (Py_ssize_t i = start; i < end; i++)
            PyList_SET_ITEM(out, i, PyBool_FromLong(in_run));
    }
    PyMem_Free(flags);
    return out;
fail:
    PyMem_Free(flags);
    Py_DECREF(out);
    return NULL;
}


/* The floats of the list ``scores`` in a new array (NULL with an exception set on error). */
static double *doubles_of(PyObject *scores, Py_ssize_t *n) {
    *n = PyList_GET_SIZE(scores);
    double *out = PyMem_Malloc((*n ? *n : 1) * sizeof(double));
    if (out == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    for (Py_ssize_t i = 0; i < *n; i++) {
        out[i] = PyFloat_AsDouble(PyList_GET_ITEM(scores, i));
        if (out[i] == -1.0 && PyErr_Occurred()) {
            PyMem_Free(out);
            return NULL;
        }
    }
    return out;
}

/* densest_span(scores) -> span.densest_span(scores): (first, last) of the maximum-sum run, or None. */
static PyObject *densest_span(PyObject *self, PyObject *args) {
    PyObject *list;
    if (!PyArg_ParseTuple(args, "O!", &PyList_Type, &list))
        return NULL;
    Py_ssize_t n, start = 0, best_first = -1, best_last = -1;
    double *scores = doubles_of(list, &n), best = 0.0, total = 0.0;
    if (scores == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (total <= 0) {
            total = 0.0;
            start = i;
        }
        total += scores[i];
        if (total > best) {
            best = total;
            best_first = start;
            best_last = i;
        }
    }
    PyMem_Free(scores);
    if (best_first < 0)
        Py_RETURN_NONE;
    return Py_BuildValue("(nn)", best_first, best_last);
}

/* maximal_runs(scores) -> span.maximal_runs(scores): every maximal-scoring run as (first, last, sum), in
   order (Ruzzo and Tompa), the runs kept in arrays as the Python keeps them in tuples. */
static PyObject *maximal_runs(PyObject *self, PyObject *args) {
    PyObject *list;
    if (!PyArg_ParseTuple(args, "O!", &PyList_Type, &list))
        return NULL;
    Py_ssize_t n;
    double *scores = doubles_of(list, &n);
    if (scores == NULL)
        return NULL;
    Py_ssize_t *first = PyMem_Malloc((n ? n : 1) * sizeof(Py_ssize_t)), *last = PyMem_Malloc((n ? n : 1) * sizeof(Py_ssize_t));
    Py_ssize_t *link = PyMem_Malloc((n ? n : 1) * sizeof(Py_ssize_t));
    double *before = PyMem_Malloc((n ? n : 1) * sizeof(double)), *end = PyMem_Malloc((n ? n : 1) * sizeof(double));
    PyObject *out = NULL;
    if (first == NULL || last == NULL || link == NULL || before == NULL || end == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    Py_ssize_t runs = 0;
    double total = 0.0;
    for (Py_ssize_t i = 0; i < n; i++) {
        double score = scores[i];
        if (score <= 0) {
            total += score;
            continue;
        }
        Py_ssize_t run_first = i;
        double run_before = total;
        total = total + score;
        for (;;) {
            Py_ssize_t j = runs - 1;
            while (j >= 0 && before[j] >= run_before)
                j = link[j];
            if (j >= 0 && end[j] < total) {
                run_first = first[j];
                run_before = before[j];
                runs = j;
                continue;
            }
            first[runs] = run_first;
            last[runs] = i;
            before[runs] = run_before;
            end[runs] = total;
            link[runs] = j;
            runs++;
            break;
        }
    }
    if ((out = PyList_New(runs)) == NULL)
        goto done;
    for (Py_ssize_t k = 0; k < runs; k++) {
        PyObject *run = Py_BuildValue("(nnd)", first[k], last[k], end[k] - before[k]);
        if (run == NULL) {
            Py_CLEAR(out);
            goto done;
        }
        PyList_SET_ITEM(out, k, run);
    }
done:
    PyMem_Free(scores);
    PyMem_Free(first);
    PyMem_Free(last);
    PyMem_Free(link);
    PyMem_Free(before);
    PyMem_Free(end);
    return out;
}


/* ------------------------------------------------------------------ segmentation, repetition, posts, dumps,
   blurbs, dialogs, grids and menus stages */

/* Sets flags[i] (and marks[i]) for each int i of the set or frozenset ``items``: 0, or -1 with an
   IndexError for an index outside 0..n - 1. */
static int sg_flag_items(PyObject *items, Py_ssize_t n, char *flags, char *marks) {
    PyObject *iter = PyObject_GetIter(items), *item;
    if (iter == NULL)
        return -1;
    while ((item = PyIter_Next(iter)) != NULL) {
        Py_ssize_t i = PyNumber_AsSsize_t(item, PyExc_IndexError);
        Py_DECREF(item);
        if (i == -1 && PyErr_Occurred())
            break;
        if (i < 0 || i >= n) {
            PyErr_SetString(PyExc_IndexError, "list index out of range");
            break;
        }
        flags[i] = marks[i] = 1;
    }
    Py_DECREF(iter);
    return PyErr_Occurred() ? -1 : 0;
}

/* spans_recorded(labels, cls, first, threads, teasers, span, body_first, body_last, where, further, closer,
   trailing_start, trailing_stop, parts) -> segmentation._recorded's labels: ``cls`` tuples (Label) with
   the six fields first..first + 5 (aside .. furniture) set on the lines of the span (a 6-tuple: first,
   last, rows, gaps, furniture, entries; block ``where``), of the further spans (a list of (first, last,
   block name)), the closer (-1: none), the rows, entries and furniture lines and the trailing run
   trailing_start..trailing_stop - 1; ``parts``: segmentation.PARTS. */
static PyObject *spans_recorded(PyObject *self, PyObject *args) {
    PyObject *labels, *threads, *teasers, *span, *where, *further, *parts;
    PyTypeObject *cls;
    Py_ssize_t first, body_first, body_last, closer, trailing_start, trailing_stop;
    if (!PyArg_ParseTuple(args, "O!O!nO!O!O!nnUO!nnnO!", &PyList_Type, &labels, &PyType_Type, &cls, &first,
                          &PyList_Type, &threads, &PyList_Type, &teasers, &PyTuple_Type, &span, &body_first,
                          &body_last, &where, &PyList_Type, &further, &closer, &trailing_start, &trailing_stop,
                          &PyTuple_Type, &parts))
        return NULL;
    enum { GAP, TITLE, SIGNATURE, BODY, FURTHER, CLOSER, NPARTS, FIELDS = 6 };
    Py_ssize_t n = PyList_GET_SIZE(labels), span_first, span_last;
    if (!PyType_IsSubtype(cls, &PyTuple_Type) || first < 0 || PyTuple_GET_SIZE(parts) != NPARTS
        || PyTuple_GET_SIZE(span) != 6 || PyList_GET_SIZE(threads) != n || PyList_GET_SIZE(teasers) != n) {
        PyErr_SetString(PyExc_TypeError, "spans_recorded() needs a tuple type, a Span, six parts and a flag per line");
        return NULL;
    }
    for (Py_ssize_t i = 0; i < n; i++)
        if (!PyTuple_Check(PyList_GET_ITEM(labels, i)) || PyTuple_GET_SIZE(PyList_GET_ITEM(labels, i)) < first + FIELDS) {
            PyErr_SetString(PyExc_TypeError, "spans_recorded() needs Label tuples");
            return NULL;
        }
    span_first = PyLong_AsSsize_t(PyTuple_GET_ITEM(span, 0));
    span_last = PyLong_AsSsize_t(PyTuple_GET_ITEM(span, 1));
    if (PyErr_Occurred())
        return NULL;
    PyObject *empty = PyUnicode_New(0, 0), *out = NULL;
    char *flags = PyMem_Calloc(5 * (size_t)n + 1, 1);
    PyObject **block = PyMem_Calloc((size_t)n + 1, sizeof(PyObject *));
    signed char *part = PyMem_Malloc((size_t)n + 1);
    if (empty == NULL || flags == NULL || block == NULL || part == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    char *marks = flags, *rows = flags + n, *gaps = flags + 2 * n, *furniture = flags + 3 * n, *entries = flags + 4 * n;
    memset(part, -1, (size_t)n);
    if (sg_flag_items(PyTuple_GET_ITEM(span, 2), n, rows, marks) < 0
        || sg_flag_items(PyTuple_GET_ITEM(span, 4), n, furniture, marks) < 0
        || sg_flag_items(PyTuple_GET_ITEM(span, 5), n, entries, marks) < 0)
        goto done;
    /* The gaps count only inside the span: they mark no line of their own. */
    PyObject *iter = PyObject_GetIter(PyTuple_GET_ITEM(span, 3)), *item;
    if (iter == NULL)
        goto done;
    while ((item = PyIter_Next(iter)) != NULL) {
        Py_ssize_t i = PyNumber_AsSsize_t(item, PyExc_IndexError);
        Py_DECREF(item);
        if (i == -1 && PyErr_Occurred())
            break;
        if (i >= 0 && i < n)
            gaps[i] = 1;
    }
    Py_DECREF(iter);
    if (PyErr_Occurred())
        goto done;
    if (span_first < 0 || span_last >= n || trailing_start < 0 || trailing_stop > n || closer >= n) {
        PyErr_SetString(PyExc_IndexError, "list index out of range");
        goto done;
    }
    for (Py_ssize_t i = span_first; i <= span_last; i++) {
        block[i] = where;
        part[i] = gaps[i] ? GAP : i < body_first ? TITLE : i > body_last ? SIGNATURE : BODY;
        marks[i] = 1;
    }
    for (Py_ssize_t k = 0; k < PyList_GET_SIZE(further); k++) {
        PyObject *other = PyList_GET_ITEM(further, k);
        Py_ssize_t a, b;
        PyObject *name;
        if (!PyArg_ParseTuple(other, "nnU", &a, &b, &name))
            goto done;
        if (a < 0 || b >= n) {
            PyErr_SetString(PyExc_IndexError, "list index out of range");
            goto done;
        }
        for (Py_ssize_t i = a; i <= b; i++) {
            block[i] = name;
            part[i] = FURTHER;
            marks[i] = 1;
        }
    }
    if (closer >= 0)
        part[closer] = CLOSER, marks[closer] = 1;
    for (Py_ssize_t i = trailing_start; i < trailing_stop; i++)
        marks[i] = 1;
    out = PyList_GetSlice(labels, 0, n);
    if (out == NULL)
        goto done;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (!marks[i])
            continue;
        PyObject *label = PyList_GET_ITEM(labels, i), *thread = PyList_GET_ITEM(threads, i);
        int has_thread = PyObject_IsTrue(thread), was_furniture = PyObject_IsTrue(PyTuple_GET_ITEM(label, first + 5));
        if (has_thread < 0 || was_furniture < 0)
            goto fail;
        PyObject *values[FIELDS] = {
            has_thread ? thread : PyList_GET_ITEM(teasers, i), block[i] ? block[i] : empty,
            part[i] < 0 ? empty : PyTuple_GET_ITEM(parts, part[i]), rows[i] ? Py_True : Py_False,
            entries[i] ? Py_True : Py_False,
            was_furniture ? PyTuple_GET_ITEM(label, first + 5) : furniture[i] ? Py_True : Py_False};
        Py_ssize_t size = PyTuple_GET_SIZE(label), k = 0;
        PyObject *new = cls->tp_alloc(cls, size);
        if (new == NULL)
            goto fail;
        for (Py_ssize_t j = 0; j < first; j++, k++)
            PyTuple_SET_ITEM(new, k, Py_NewRef(PyTuple_GET_ITEM(label, j)));
        for (Py_ssize_t j = 0; j < FIELDS; j++, k++)
            PyTuple_SET_ITEM(new, k, Py_NewRef(values[j]));
        for (; k < size; k++)
            PyTuple_SET_ITEM(new, k, Py_NewRef(PyTuple_GET_ITEM(label, k)));
        PyList_SetItem(out, i, new);  /* steals new, drops the old item */
    }
    goto done;
fail:
    Py_CLEAR(out);
done:
    Py_XDECREF(empty);
    PyMem_Free(flags);
    PyMem_Free(block);
    PyMem_Free(part);
    return out;
}

/* consent_lines(lines, labels, openers, assent, max_words) -> dialogs._consent_lines(page, labels), the
   constants given: the indices of the lines that dialogs.consent takes for a consent sentence (at most
   ``max_words`` words, a key that opens with one of ``openers[key[0]]``, a token of the set ``assent``)
   and that the lexicon did not keep. */
static PyObject *consent_lines(PyObject *self, PyObject *args) {
    PyObject *lines_, *labels, *openers, *assent;
    Py_ssize_t max_words;
    if (!PyArg_ParseTuple(args, "O!O!O!O!n", &PyTuple_Type, &lines_, &PyList_Type, &labels, &PyDict_Type, &openers,
                          &PyFrozenSet_Type, &assent, &max_words))
        return NULL;
    Py_ssize_t n = page_rows("consent_lines", lines_, labels, 14, 5);
    if (n < 0)
        return NULL;
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *line = PyTuple_GET_ITEM(lines_, i), *label = PyList_GET_ITEM(labels, i);
        PyObject *key = PyTuple_GET_ITEM(line, 13), *tokens = PyTuple_GET_ITEM(line, 3);
        Py_ssize_t words;
        if (line_words(line, &words) < 0)
            goto fail;
        if (words > max_words || !PyUnicode_Check(key) || PyUnicode_GET_LENGTH(key) == 0)
            continue;
        PyObject *initial = PyUnicode_Substring(key, 0, 1);
        if (initial == NULL)
            goto fail;
        PyObject *group = PyDict_GetItemWithError(openers, initial);  /* borrowed */
        Py_DECREF(initial);
        if (group == NULL) {
            if (PyErr_Occurred())
                goto fail;
            continue;
        }
        if (!PyTuple_Check(group) || !PyTuple_Check(tokens)) {
            PyErr_SetString(PyExc_TypeError, "consent_lines() needs tuples of openers and of tokens");
            goto fail;
        }
        int opens = 0;
        for (Py_ssize_t k = 0; k < PyTuple_GET_SIZE(group) && !opens; k++) {
            Py_ssize_t hit = PyUnicode_Tailmatch(key, PyTuple_GET_ITEM(group, k), 0, PY_SSIZE_T_MAX, -1);
            if (hit < 0)
                goto fail;
            opens = hit > 0;
        }
        int assents = 0;
        for (Py_ssize_t k = 0; k < PyTuple_GET_SIZE(tokens) && opens && !assents; k++) {
            assents = PySet_Contains(assent, PyTuple_GET_ITEM(tokens, k));
            if (assents < 0)
                goto fail;
        }
        if (!assents)
            continue;
        int final = PyObject_IsTrue(PyTuple_GET_ITEM(label, 4)), keep = final > 0 ? PyObject_IsTrue(PyTuple_GET_ITEM(label, 1)) : 0;
        if (final < 0 || keep < 0)
            goto fail;
        if (!(final && keep) && append_index(out, i) < 0)
            goto fail;
    }
    return out;
fail:
    Py_DECREF(out);
    return NULL;
}

/* toc_openings(lines) -> repetition._toc_openings(lines): the indices of the lines whose text opens as
   the first entry of a numbered table of contents does (repetition.TOC_FIRST, "(?:[*•+-] \s*)?1\s"):
   a bullet, a space and any whitespace after it, or nothing; then 1 and a whitespace character. */
static PyObject *toc_openings(PyObject *self, PyObject *lines_) {
    if (!PyTuple_Check(lines_)) {
        PyErr_SetString(PyExc_TypeError, "toc_openings() needs a tuple of page.Line");
        return NULL;
    }
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(lines_); i++) {
        PyObject *line = PyTuple_GET_ITEM(lines_, i);
        if (!PyTuple_Check(line) || PyTuple_GET_SIZE(line) < 2 || !PyUnicode_Check(PyTuple_GET_ITEM(line, 1))) {
            PyErr_SetString(PyExc_TypeError, "toc_openings() needs page.Line tuples");
            Py_DECREF(out);
            return NULL;
        }
        Chars t = chars_of(PyTuple_GET_ITEM(line, 1));
        Py_ssize_t k = 0;
        if (t.len >= 2 && AT(t, 1) == ' ') {
            Py_UCS4 c = AT(t, 0);
            if (c == '*' || c == 0x2022 || c == '+' || c == '-')
                for (k = 2; k < t.len && Py_UNICODE_ISSPACE(AT(t, k)); k++)
                    ;
        }
        if (k + 1 < t.len && AT(t, k) == '1' && Py_UNICODE_ISSPACE(AT(t, k + 1)) && append_index(out, i) < 0) {
            Py_DECREF(out);
            return NULL;
        }
    }
    return out;
}

/* columns_recorded(labels, cls, first, columns) -> labels.recorded(labels, names, found) where ``names``
   are the len(columns) fields from ``first`` on and ``found`` maps each line with a true value in one of
   the lists ``columns`` (one value per line each) to its values: the menus stage's record. */
static PyObject *columns_recorded(PyObject *self, PyObject *args) {
    PyObject *labels, *columns;
    PyTypeObject *cls;
    Py_ssize_t first;
    if (!PyArg_ParseTuple(args, "O!O!nO!", &PyList_Type, &labels, &PyType_Type, &cls, &first, &PyTuple_Type, &columns))
        return NULL;
    Py_ssize_t n = PyList_GET_SIZE(labels), width = PyTuple_GET_SIZE(columns);
    if (!PyType_IsSubtype(cls, &PyTuple_Type) || first < 0) {
        PyErr_SetString(PyExc_TypeError, "columns_recorded() needs a tuple type and 0 <= first");
        return NULL;
    }
    for (Py_ssize_t c = 0; c < width; c++)
        if (!PyList_Check(PyTuple_GET_ITEM(columns, c)) || PyList_GET_SIZE(PyTuple_GET_ITEM(columns, c)) != n) {
            PyErr_SetString(PyExc_ValueError, "columns_recorded() needs lists of one value per line");
            return NULL;
        }
    for (Py_ssize_t i = 0; i < n; i++)
        if (!PyTuple_Check(PyList_GET_ITEM(labels, i)) || PyTuple_GET_SIZE(PyList_GET_ITEM(labels, i)) < first + width) {
            PyErr_SetString(PyExc_TypeError, "columns_recorded() needs Label tuples");
            return NULL;
        }
    PyObject *out = PyList_GetSlice(labels, 0, n);
    if (out == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        int any = 0;
        for (Py_ssize_t c = 0; c < width && !any; c++) {
            any = PyObject_IsTrue(PyList_GET_ITEM(PyTuple_GET_ITEM(columns, c), i));
            if (any < 0)
                goto fail;
        }
        if (!any)
            continue;
        PyObject *label = PyList_GET_ITEM(labels, i);
        Py_ssize_t size = PyTuple_GET_SIZE(label), k = 0;
        PyObject *new = cls->tp_alloc(cls, size);
        if (new == NULL)
            goto fail;
        for (; k < first; k++)
            PyTuple_SET_ITEM(new, k, Py_NewRef(PyTuple_GET_ITEM(label, k)));
        for (Py_ssize_t c = 0; c < width; c++, k++)
            PyTuple_SET_ITEM(new, k, Py_NewRef(PyList_GET_ITEM(PyTuple_GET_ITEM(columns, c), i)));
        for (; k < size; k++)
            PyTuple_SET_ITEM(new, k, Py_NewRef(PyTuple_GET_ITEM(label, k)));
        PyList_SetItem(out, i, new);  /* steals new, drops the old item */
    }
    return out;
fail:
    Py_DECREF(out);
    return NULL;
}

/* line_blocks(stripped) -> page._line_blocks(stripped): (line number, (line,), 0) for each non-blank line
   of the list ``stripped``, numbered from 1. */
static PyObject *line_blocks(PyObject *self, PyObject *stripped) {
    if (!PyList_Check(stripped)) {
        PyErr_SetString(PyExc_TypeError, "line_blocks() needs a list of str");
        return NULL;
    }
    PyObject *out = PyList_New(0), *zero = PyLong_FromLong(0);
    if (out == NULL || zero == NULL)
        goto fail;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(stripped); i++) {
        PyObject *line = PyList_GET_ITEM(stripped, i);
        int blank = PyObject_Not(line);
        if (blank < 0)
            goto fail;
        if (blank)
            continue;
        PyObject *number = PyLong_FromSsize_t(i + 1), *parts = PyTuple_Pack(1, line);
        PyObject *block = number && parts ? PyTuple_Pack(3, number, parts, zero) : NULL;
        Py_XDECREF(number);
        Py_XDECREF(parts);
        int bad = block == NULL || PyList_Append(out, block) < 0;
        Py_XDECREF(block);
        if (bad)
            goto fail;
    }
    Py_DECREF(zero);
    return out;
fail:
    Py_XDECREF(out);
    Py_XDECREF(zero);
    return NULL;
}

/* colon_lines(lines, first, stop) -> span._colon_lines(lines, first, stop): the indices of the lines
   first..stop - 1 whose text ends with a colon. */
static PyObject *colon_lines(PyObject *self, PyObject *args) {
    PyObject *lines_;
    Py_ssize_t first, stop;
    if (!PyArg_ParseTuple(args, "O!nn", &PyTuple_Type, &lines_, &first, &stop))
        return NULL;
    first = first < 0 ? 0 : first;
    stop = stop > PyTuple_GET_SIZE(lines_) ? PyTuple_GET_SIZE(lines_) : stop;
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    for (Py_ssize_t i = first; i < stop; i++) {
        PyObject *line = PyTuple_GET_ITEM(lines_, i);
        if (!PyTuple_Check(line) || PyTuple_GET_SIZE(line) < 2 || !PyUnicode_Check(PyTuple_GET_ITEM(line, 1))) {
            PyErr_SetString(PyExc_TypeError, "colon_lines() needs page.Line tuples");
            Py_DECREF(out);
            return NULL;
        }
        if (ends_with_colon(chars_of(PyTuple_GET_ITEM(line, 1))) && append_index(out, i) < 0) {
            Py_DECREF(out);
            return NULL;
        }
    }
    return out;
}

/* stop_flags(flags, labels) -> posts._stops(flags, labels): per line, its flag when true, else its
   label's closes. */
static PyObject *stop_flags(PyObject *self, PyObject *args) {
    PyObject *flags, *labels;
    if (!PyArg_ParseTuple(args, "O!O!", &PyList_Type, &flags, &PyList_Type, &labels))
        return NULL;
    Py_ssize_t n = PyList_GET_SIZE(flags) < PyList_GET_SIZE(labels) ? PyList_GET_SIZE(flags) : PyList_GET_SIZE(labels);
    PyObject *out = PyList_New(n);
    if (out == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *flag = PyList_GET_ITEM(flags, i), *label = PyList_GET_ITEM(labels, i);
        int set = PyObject_IsTrue(flag);
        if (set < 0 || !PyTuple_Check(label) || PyTuple_GET_SIZE(label) < 6) {
            if (set >= 0)
                PyErr_SetString(PyExc_TypeError, "stop_flags() needs Label tuples");
            Py_DECREF(out);
            return NULL;
        }
        PyList_SET_ITEM(out, i, Py_NewRef(set ? flag : PyTuple_GET_ITEM(label, 5)));
    }
    return out;
}

/* dump_candidates(lines, labels, min_words) -> dumps._candidates(page, labels), its minimum given: the
   units (an input line, or the pieces of a cut one: a line with a piece number whose line number is the
   one before's) of ``min_words`` words or more whose labels are all revisable (not dropped, not final),
   as (range of their lines, words). */
static PyObject *dump_candidates(PyObject *self, PyObject *args) {
    PyObject *lines_, *labels;
    Py_ssize_t min_words;
    if (!PyArg_ParseTuple(args, "O!O!n", &PyTuple_Type, &lines_, &PyList_Type, &labels, &min_words))
        return NULL;
    Py_ssize_t n = page_rows("dump_candidates", lines_, labels, 17, 5);
    if (n < 0)
        return NULL;
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    Py_ssize_t a = 0, words = 0;
    int revisable = 1;
    for (Py_ssize_t i = 0; i <= n; i++) {
        int starts = i == n;
        if (i < n) {
            PyObject *line = PyTuple_GET_ITEM(lines_, i);
            int piece = PyObject_IsTrue(PyTuple_GET_ITEM(line, 16));
            if (piece < 0)
                goto fail;
            int same = piece && i ? PyObject_RichCompareBool(PyTuple_GET_ITEM(PyTuple_GET_ITEM(lines_, i - 1), 0),
                                                             PyTuple_GET_ITEM(line, 0), Py_EQ) : 0;
            if (same < 0)
                goto fail;
            starts = !same;
        }
        if (starts && i > 0) {  /* the unit a..i - 1 is complete */
            if (words >= min_words && revisable) {
                PyObject *unit = PyObject_CallFunction((PyObject *)&PyRange_Type, "nn", a, i);
                PyObject *item = unit ? Py_BuildValue("(Nn)", unit, words) : NULL;
                int bad = item == NULL || PyList_Append(out, item) < 0;
                Py_XDECREF(item);
                if (bad)
                    goto fail;
            }
            a = i, words = 0, revisable = 1;
        }
        if (i == n)
            break;
        Py_ssize_t w;
        if (line_words(PyTuple_GET_ITEM(lines_, i), &w) < 0)
            goto fail;
        words += w;
        PyObject *label = PyList_GET_ITEM(labels, i);
        int final = PyObject_IsTrue(PyTuple_GET_ITEM(label, 4));
        if (final < 0)
            goto fail;
        revisable = revisable && PyTuple_GET_ITEM(label, 1) != Py_False && !final;
    }
    return out;
fail:
    Py_DECREF(out);
    return NULL;
}


/* ------------------------------------------------------------------ stages: lexicon, features, comments, teasers */

/* The decimal digits of v >= 0 at the end of the buffer that ends at ``end``: their start. */
static char *lx_digits(char *end, unsigned long long v) {
    do {
        *--end = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    return end;
}

/* ``prefix`` (ASCII) + features._describe(line) of a line of ``words`` words, a share ``density`` of them
   stopwords (0 to 1), that ends a sentence or not: the reason of most of the stage's labels, written here
   (no format string parsed, no float formatted). The share is written as ``f"{density:.0%}"`` writes it: the
   percentage rounded to the nearest integer, halves to even, as rint rounds the same double. None (a new
   reference) for a share outside 0..1 or a word count below 0: the caller formats those. */
static PyObject *lx_describe(const char *prefix, Py_ssize_t words, double density, int is_terminal) {
    double pct = density * 100.0;
    if (!(pct >= 0.0 && pct <= 100.0) || words < 0)
        Py_RETURN_NONE;
    const char *end = is_terminal ? "ends a sentence" : "no sentence end";
    char num[2][24];
    char *w = lx_digits(num[0] + sizeof num[0], (unsigned long long)words);
    char *d = lx_digits(num[1] + sizeof num[1], (unsigned long long)rint(pct));
    size_t lp = strlen(prefix), lw = (size_t)(num[0] + sizeof num[0] - w), ld = (size_t)(num[1] + sizeof num[1] - d);
    size_t le = strlen(end);
    static const char words_[] = " words, ", stop[] = "% stopwords, ";
    size_t n = lp + lw + (sizeof words_ - 1) + ld + (sizeof stop - 1) + le;
    PyObject *out = PyUnicode_New((Py_ssize_t)n, 127);
    if (out == NULL)
        return NULL;
    char *o = (char *)PyUnicode_1BYTE_DATA(out);
    memcpy(o, prefix, lp), o += lp;
    memcpy(o, w, lw), o += lw;
    memcpy(o, words_, sizeof words_ - 1), o += sizeof words_ - 1;
    memcpy(o, d, ld), o += ld;
    memcpy(o, stop, sizeof stop - 1), o += sizeof stop - 1;
    memcpy(o, end, le);
    return out;
}

/* The regex module's `\w`, `\d` and `\s` in the Basic Multilingual Plane (of its own Unicode version), set
   once by lexicon through set_pattern_classes: what a lexicon entry's pattern (lexicon.compile_entries) tests
   besides its literals, and features.TEASER_GLUE besides the cased letters. */
static unsigned char lx_word_bits[BMP / 8], lx_digit_bits[BMP / 8], lx_space_bits[BMP / 8];
static int lx_classes_set = 0;

/* 1 when c is in the class ``bits``, 0 when not, -1 beyond the BMP (the tables stop there: undecided). */
static inline int lx_in(const unsigned char *bits, Py_UCS4 c) {
    return c >= BMP ? -1 : (bits[c >> 3] >> (c & 7)) & 1;
}

/* set_pattern_classes(word, digit, space): the code points of the BMP that the regex module's `\w`, `\d` and
   `\s` match. */
static PyObject *lx_set_pattern_classes(PyObject *self, PyObject *args) {
    PyObject *word, *digit, *space;
    if (!PyArg_ParseTuple(args, "OOO", &word, &digit, &space))
        return NULL;
    if (set_bits(lx_word_bits, sizeof lx_word_bits, BMP, word) < 0
        || set_bits(lx_digit_bits, sizeof lx_digit_bits, BMP, digit) < 0
        || set_bits(lx_space_bits, sizeof lx_space_bits, BMP, space) < 0)
        return NULL;
    lx_classes_set = 1;
    Py_RETURN_NONE;
}

/* A lexicon entry's pattern as lexicon.LazyPattern.shape gives it: ``^`` or not, ``(?<!\w)`` or not, its
   literal parts with a number (lexicon.NUMBER) between each two, ``(?!\w)`` or not, ``$`` or not. */
typedef struct {
    Chars t;                 /* the text searched */
    PyObject *const *parts;  /* str literals */
    Py_ssize_t nparts;
    int starts, before, after, ends;
} LxPattern;

/* lexicon.NUMBER's longest run after its first digit ("[\d.,]{0,15}"). */
#define LX_NUMBER_TAIL 15

/* The end of a match of parts[k] and what follows it in the pattern, from index i of the text, the first
   that the regex engine's backtracking finds (a number's run as long as it goes, then shorter; its
   suffix "k", "m" or "b" taken, then not); -1 when none; -2 when a character beyond the BMP stood where
   a class was tested (undecided: the pattern decides). */
static Py_ssize_t lx_match_from(const LxPattern *p, Py_ssize_t k, Py_ssize_t i) {
    Chars lit = chars_of(p->parts[k]), t = p->t;
    if (i + lit.len > t.len)
        return -1;
    for (Py_ssize_t j = 0; j < lit.len; j++)
        if (AT(t, i + j) != AT(lit, j))
            return -1;
    i += lit.len;
    int in;
    if (k + 1 == p->nparts) {
        if (p->ends && i != t.len)
            return -1;
        if (p->after && i < t.len && (in = lx_in(lx_word_bits, AT(t, i))) != 0)
            return in < 0 ? -2 : -1;
        return i;
    }
    /* A number: (?<![\d.,])\d[\d.,]{0,15}[kmb]? */
    if (i > 0) {
        Py_UCS4 c = AT(t, i - 1);
        if (c == '.' || c == ',')
            return -1;
        if ((in = lx_in(lx_digit_bits, c)) != 0)
            return in < 0 ? -2 : -1;
    }
    if (i >= t.len || (in = lx_in(lx_digit_bits, AT(t, i))) == 0)
        return -1;
    if (in < 0)
        return -2;
    Py_ssize_t run = 0;
    while (run < LX_NUMBER_TAIL && i + 1 + run < t.len) {
        Py_UCS4 c = AT(t, i + 1 + run);
        if (c != '.' && c != ',' && (in = lx_in(lx_digit_bits, c)) <= 0) {
            if (in < 0)
                return -2;
            break;
        }
        run++;
    }
    for (Py_ssize_t n = run; n >= 0; n--) {
        Py_ssize_t j = i + 1 + n, end;
        if (j < t.len) {
            Py_UCS4 c = AT(t, j);
            if ((c == 'k' || c == 'm' || c == 'b') && (end = lx_match_from(p, k + 1, j + 1)) != -1)
                return end;
        }
        if ((end = lx_match_from(p, k + 1, j)) != -1)
            return end;
    }
    return -1;
}

/* The pattern of ``shape`` (lexicon.LazyPattern.shape) searched for in ``text``: 1 with the first match's
   span in *start, *end; 0 when there is none; -2 when undecided (a character beyond the BMP where a class
   is tested); -1 on error. */
static int lx_search(PyObject *shape, PyObject *text, Py_ssize_t *start, Py_ssize_t *end) {
    PyObject *parts;
    LxPattern p;
    if (!PyTuple_Check(shape)
        || !PyArg_ParseTuple(shape, "ppO!pp", &p.starts, &p.before, &PyTuple_Type, &parts, &p.after, &p.ends))
        return -1;
    p.nparts = PyTuple_GET_SIZE(parts);
    p.parts = &PyTuple_GET_ITEM(parts, 0);
    for (Py_ssize_t k = 0; k < p.nparts; k++)
        if (!PyUnicode_Check(p.parts[k])) {
            PyErr_SetString(PyExc_TypeError, "a pattern's shape needs str parts");
            return -1;
        }
    if (p.nparts == 0) {
        PyErr_SetString(PyExc_ValueError, "a pattern's shape needs a part");
        return -1;
    }
    p.t = chars_of(text);
    Chars head = chars_of(p.parts[0]);
    Py_UCS4 first = head.len ? AT(head, 0) : 0;
    for (Py_ssize_t s = 0; s <= p.t.len && (s == 0 || !p.starts); s++) {
        if (head.len && (s + head.len > p.t.len || AT(p.t, s) != first))
            continue;
        int in;
        if (p.before && s > 0 && (in = lx_in(lx_word_bits, AT(p.t, s - 1))) != 0) {
            if (in < 0)
                return -2;
            continue;
        }
        Py_ssize_t e = lx_match_from(&p, 0, s);
        if (e == -2)
            return -2;
        if (e >= 0) {
            *start = s;
            *end = e;
            return 1;
        }
    }
    return 0;
}

/* closed_lines(labels, is_prose) -> teasers._closed(labels, is_prose): for every line, a header that closes
   the article (Label.closes) stands between it and the last prose line above it. */
static PyObject *lx_closed_lines(PyObject *self, PyObject *args) {
    PyObject *labels, *is_prose;
    if (!PyArg_ParseTuple(args, "O!O!", &PyList_Type, &labels, &PyList_Type, &is_prose))
        return NULL;
    Py_ssize_t n = PyList_GET_SIZE(labels) < PyList_GET_SIZE(is_prose) ? PyList_GET_SIZE(labels)
                                                                      : PyList_GET_SIZE(is_prose);
    PyObject *out = PyList_New(n);
    if (out == NULL)
        return NULL;
    int closed = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *label = PyList_GET_ITEM(labels, i);
        PyList_SET_ITEM(out, i, Py_NewRef(closed ? Py_True : Py_False));
        if (!PyTuple_Check(label) || PyTuple_GET_SIZE(label) < 6) {
            PyErr_SetString(PyExc_TypeError, "closed_lines() needs Label tuples");
            Py_DECREF(out);
            return NULL;
        }
        int prose = PyObject_IsTrue(PyList_GET_ITEM(is_prose, i));
        int closes = prose || closed ? 0 : PyObject_IsTrue(PyTuple_GET_ITEM(label, 5));
        if (prose < 0 || closes < 0) {
            Py_DECREF(out);
            return NULL;
        }
        closed = !prose && (closed || closes);
    }
    return out;
}

/* The word count of ``line``: a page.Line tuple's field, or the ``words`` of any other object. -1 on error. */
static Py_ssize_t lx_words_of(PyObject *line) {
    if (PyTuple_Check(line) && PyTuple_GET_SIZE(line) > 2)
        return PyLong_AsSsize_t(PyTuple_GET_ITEM(line, 2));
    PyObject *words = PyObject_GetAttrString(line, "words");
    if (words == NULL)
        return -1;
    Py_ssize_t n = PyLong_AsSsize_t(words);
    Py_DECREF(words);
    return n;
}

/* prose_words(lines, shapes, is_prose, blank) -> teasers._prose_words(page, shapes, is_prose), given
   teasers.BLANK: for every line and one past the last, the words of the prose lines above it, and the
   words of the longest block of prose lines (lines of the shape ``blank`` between them allowed) from it on. */
static PyObject *lx_prose_words(PyObject *self, PyObject *args) {
    PyObject *lines_, *shapes_, *is_prose, *blank;
    if (!PyArg_ParseTuple(args, "OO!O!O", &lines_, &PyList_Type, &shapes_, &PyList_Type, &is_prose, &blank))
        return NULL;
    PyObject *seq = PySequence_Fast(lines_, "prose_words() needs a sequence of lines");
    if (seq == NULL)
        return NULL;
    Py_ssize_t n = PyList_GET_SIZE(shapes_);
    PyObject *above = NULL, *ahead = NULL, *v;
    Py_ssize_t *words = NULL;
    char *prose = NULL;
    if (PyList_GET_SIZE(is_prose) != n || PySequence_Fast_GET_SIZE(seq) < n) {
        PyErr_SetString(PyExc_ValueError, "prose_words() needs a line, a shape and a prose flag per line");
        goto fail;
    }
    above = PyList_New(n + 1), ahead = PyList_New(n + 1);
    words = PyMem_Malloc((size_t)(n + 1) * sizeof *words);
    prose = PyMem_Malloc((size_t)(n + 1));
    if (above == NULL || ahead == NULL || words == NULL || prose == NULL)
        goto fail;
    Py_ssize_t sum = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        int p = PyObject_IsTrue(PyList_GET_ITEM(is_prose, i));
        if (p < 0 || ((words[i] = lx_words_of(PySequence_Fast_GET_ITEM(seq, i))) == -1 && PyErr_Occurred()))
            goto fail;
        prose[i] = (char)p;
        if ((v = PyLong_FromSsize_t(sum)) == NULL)
            goto fail;
        PyList_SET_ITEM(above, i, v);
        if (p)
            sum += words[i];
    }
    if ((v = PyLong_FromSsize_t(sum)) == NULL)
        goto fail;
    PyList_SET_ITEM(above, n, v);
    Py_ssize_t block = 0, best = 0;
    if ((v = PyLong_FromSsize_t(0)) == NULL)
        goto fail;
    PyList_SET_ITEM(ahead, n, v);
    for (Py_ssize_t i = n - 1; i >= 0; i--) {
        if (prose[i]) {
            block += words[i];
        } else {
            int is_blank = PyObject_RichCompareBool(PyList_GET_ITEM(shapes_, i), blank, Py_EQ);
            if (is_blank < 0)
                goto fail;
            if (!is_blank)
                block = 0;
        }
        if (block > best)
            best = block;
        if ((v = PyLong_FromSsize_t(best)) == NULL)
            goto fail;
        PyList_SET_ITEM(ahead, i, v);
    }
    Py_DECREF(seq);
    PyMem_Free(words);
    PyMem_Free(prose);
    return Py_BuildValue("NN", above, ahead);
fail:
    Py_DECREF(seq);
    Py_XDECREF(above);
    Py_XDECREF(ahead);
    PyMem_Free(words);
    PyMem_Free(prose);
    return NULL;
}

/* The start of the first glue point of features.TEASER_GLUE at ``from`` or after it in ``t`` (a lower-case
   letter, or one and a closing mark, right before an upper-case letter that opens a word: the capital and
   its lower-case letters up to a space, or the capital alone before one), in the order of the pattern's
   finditer; -1 when there is none; -2 when undecided here (a character beyond the Basic Multilingual
   Plane in ``t``, where the tables stop, or the tables not set): then the pattern finds them. */
static Py_ssize_t lx_teaser_glue_from(Chars t, Py_ssize_t from) {
    if (t.kind == PyUnicode_4BYTE_KIND || !lx_classes_set || !tables_set)
        return -2;
    for (Py_ssize_t at = from < 1 ? 1 : from; at + 1 < t.len; at++) {
        if (!is_glue_upper(AT(t, at)))
            continue;
        Py_UCS4 before = AT(t, at - 1);
        /* (?<=\p{Ll})(?=\p{Lu}\s) */
        if (is_glue_lower(before) && lx_in(lx_space_bits, AT(t, at + 1)) == 1)
            return at;
        /* (?<=\p{Ll}[\p{Ll}.!?'’"”)])(?=\p{Lu}\p{Ll}*\s) */
        if (at >= 2 && is_glue_lower(AT(t, at - 2))
            && (is_glue_lower(before) || before == '.' || before == '!' || before == '?' || before == '\''
                || before == 0x2019 || before == '"' || before == 0x201d || before == ')')) {
            Py_ssize_t k = at + 1;
            while (k < t.len && is_glue_lower(AT(t, k)))
                k++;
            if (k < t.len && lx_in(lx_space_bits, AT(t, k)) == 1)
                return at;
        }
    }
    return -1;
}

/* teaser_glues(text) -> the starts of features.TEASER_GLUE.finditer(text) as the core finds them, or None
   where it leaves them to the pattern. */
static PyObject *lx_teaser_glues(PyObject *self, PyObject *text) {
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "teaser_glues() needs a str");
        return NULL;
    }
    Chars t = chars_of(text);
    Py_ssize_t at = lx_teaser_glue_from(t, 0);
    if (at == -2)
        Py_RETURN_NONE;
    PyObject *out = PyList_New(0);
    for (; out != NULL && at >= 0; at = lx_teaser_glue_from(t, at + 1)) {
        PyObject *v = PyLong_FromSsize_t(at);
        if (v == NULL || PyList_Append(out, v) < 0)
            Py_CLEAR(out);
        Py_XDECREF(v);
    }
    return out;
}

/* One of the non-empty ASCII strings ``lits`` (NULL-terminated) stands in ``t``: one pass over the characters,
   where a character that opens none of them is passed at once ("is" or "was", a role's name among a dozen,
   "tel", "phone" or "fax"), not a search for each. */
#define LX_CONTAINS_ANY_OF_IN(TYPE)                                                        \
    do {                                                                                   \
        const TYPE *d = (const TYPE *)t.data;                                              \
        for (Py_ssize_t i = 0; i < t.len; i++) {                                           \
            if (d[i] >= 128 || !((opens[d[i] >> 6] >> (d[i] & 63)) & 1))                   \
                continue;                                                                  \
            for (const char *const *lit = lits; *lit; lit++) {                             \
                Py_ssize_t k = 0;                                                          \
                while ((*lit)[k] && i + k < t.len && d[i + k] == (TYPE)(unsigned char)(*lit)[k]) \
                    k++;                                                                   \
                if (!(*lit)[k])                                                            \
                    return 1;                                                              \
            }                                                                              \
        }                                                                                  \
        return 0;                                                                          \
    } while (0)

static int lx_contains_any_of(Chars t, const char *const *lits) {
    unsigned long long opens[2] = {0, 0};
    for (const char *const *lit = lits; *lit; lit++) {
        unsigned char c = (unsigned char)(*lit)[0];
        if (c == 0 || c >= 128)  /* an empty or non-ASCII string: each searched on its own */
            goto each;
        opens[c >> 6] |= 1ull << (c & 63);
    }
    if (t.kind == PyUnicode_1BYTE_KIND)
        LX_CONTAINS_ANY_OF_IN(Py_UCS1);
    if (t.kind == PyUnicode_2BYTE_KIND)
        LX_CONTAINS_ANY_OF_IN(Py_UCS2);
    LX_CONTAINS_ANY_OF_IN(Py_UCS4);
each:
    for (const char *const *lit = lits; *lit; lit++)
        if (contains_ascii(t, *lit))
            return 1;
    return 0;
}
#undef LX_CONTAINS_ANY_OF_IN

/* review_markers_by_kind(lines, short, out, markers_opening) -> comments._markers_by_kind(page, short, out),
   given comments._markers_opening: the lines i of ``short`` with no thread in out[i] whose stripped text is a
   review marker, by the marker's kind (comments._review_marker), kinds in the order first met. The patterns
   are the stage's own; the pattern for each opening character is asked once per call. */
static PyObject *lx_review_markers_by_kind(PyObject *self, PyObject *args) {
    PyObject *lines_, *short_, *out, *opening;
    if (!PyArg_ParseTuple(args, "O!O!O!O", &PyTuple_Type, &lines_, &PyList_Type, &short_, &PyList_Type, &out,
                          &opening))
        return NULL;
    PyObject *by_kind = PyDict_New(), *pattern_of = PyDict_New(), *text = NULL, *first = NULL, *m = NULL;
    if (by_kind == NULL || pattern_of == NULL)
        goto fail;
    for (Py_ssize_t k = 0; k < PyList_GET_SIZE(short_); k++) {
        Py_ssize_t i = PyLong_AsSsize_t(PyList_GET_ITEM(short_, k));
        if (i == -1 && PyErr_Occurred())
            goto fail;
        if (i < 0 || i >= PyTuple_GET_SIZE(lines_) || i >= PyList_GET_SIZE(out)) {
            PyErr_SetString(PyExc_IndexError, "review_markers_by_kind() needs indices of lines");
            goto fail;
        }
        int told = PyObject_IsTrue(PyList_GET_ITEM(out, i));
        if (told < 0)
            goto fail;
        PyObject *line = PyTuple_GET_ITEM(lines_, i);
        if (told)
            continue;
        if (!PyTuple_Check(line) || PyTuple_GET_SIZE(line) < 2 || !PyUnicode_Check(PyTuple_GET_ITEM(line, 1))) {
            PyErr_SetString(PyExc_TypeError, "review_markers_by_kind() needs page.Line tuples");
            goto fail;
        }
        /* text.strip(), and its first character ("" for none) */
        PyObject *raw = PyTuple_GET_ITEM(line, 1);
        Chars t = chars_of(raw);
        Py_ssize_t a = 0, b = t.len;
        while (a < b && Py_UNICODE_ISSPACE(AT(t, a)))
            a++;
        while (b > a && Py_UNICODE_ISSPACE(AT(t, b - 1)))
            b--;
        if ((text = PyUnicode_Substring(raw, a, b)) == NULL || (first = PyUnicode_Substring(raw, a, a < b ? a + 1 : a)) == NULL)
            goto fail;
        PyObject *markers = PyDict_GetItemWithError(pattern_of, first);
        if (markers == NULL) {
            if (PyErr_Occurred() || (markers = PyObject_CallOneArg(opening, first)) == NULL)
                goto fail;
            int bad = PyDict_SetItem(pattern_of, first, markers) < 0;
            Py_DECREF(markers);  /* it lives on in pattern_of */
            if (bad)
                goto fail;
        }
        Py_CLEAR(first);
        if (markers != Py_None) {
            if ((m = PyObject_CallMethodOneArg(markers, str_fullmatch, text)) == NULL)
                goto fail;
            if (m != Py_None) {
                PyObject *group = PyObject_GetAttrString(m, "lastgroup"), *digits = NULL, *kind = NULL, *list;
                if (group != NULL && PyUnicode_Check(group))
                    digits = PyUnicode_Substring(group, 1, PyUnicode_GET_LENGTH(group));
                else if (group != NULL)
                    PyErr_SetString(PyExc_TypeError, "a review marker's kind needs its group");
                if (digits != NULL)
                    kind = PyLong_FromUnicodeObject(digits, 10);
                Py_XDECREF(group);
                Py_XDECREF(digits);
                if (kind == NULL)
                    goto fail;
                list = PyDict_GetItemWithError(by_kind, kind);
                if (list == NULL && !PyErr_Occurred() && (list = PyList_New(0)) != NULL) {
                    int bad = PyDict_SetItem(by_kind, kind, list) < 0;
                    Py_DECREF(list);
                    if (bad)
                        list = NULL;
                }
                Py_DECREF(kind);
                if (list == NULL || append_index(list, i) < 0)
                    goto fail;
            }
            Py_CLEAR(m);
        }
        Py_CLEAR(text);
    }
    Py_DECREF(pattern_of);
    return by_kind;
fail:
    Py_XDECREF(by_kind);
    Py_XDECREF(pattern_of);
    Py_XDECREF(text);
    Py_XDECREF(first);
    Py_XDECREF(m);
    return NULL;
}

static PyObject *lx_str_shape;  /* "shape" */

/* The span of pattern.search(norm) for a lexicon.LazyPattern ``pattern``: 1 with it in *start, *end, 0 when
   there is no match, -1 on error. Its shape is searched here (no pattern compiled, no call); where that is
   undecided, or the pattern has no shape (a pattern of its own), the pattern's search runs. */
static int lx_pattern_span(PyObject *pattern, PyObject *norm, Py_ssize_t *start, Py_ssize_t *end) {
    PyObject *shape = PyObject_GetAttr(pattern, lx_str_shape);
    if (shape == NULL) {
        if (!PyErr_ExceptionMatches(PyExc_AttributeError))
            return -1;
        PyErr_Clear();
    } else {
        int r = lx_classes_set ? lx_search(shape, norm, start, end) : -2;
        Py_DECREF(shape);
        if (r != -2)
            return r;
    }
    PyObject *m = lazy_search(pattern, norm);
    if (m == NULL)
        return -1;
    if (m == Py_None) {
        Py_DECREF(m);
        return 0;
    }
    PyObject *span = PyObject_CallMethodNoArgs(m, str_span);
    Py_DECREF(m);
    if (span == NULL)
        return -1;
    int ok = PyArg_ParseTuple(span, "nn", start, end);
    Py_DECREF(span);
    return ok ? 1 : -1;
}

/* pattern_span(pattern, norm) -> pattern.search(norm).span() of a lexicon.LazyPattern, or None: what the
   core's Lexicon.match reads of an entry's pattern. */
static PyObject *lx_pattern_span_py(PyObject *self, PyObject *args) {
    PyObject *pattern, *norm;
    if (!PyArg_ParseTuple(args, "OU", &pattern, &norm))
        return NULL;
    Py_ssize_t start, end;
    int r = lx_pattern_span(pattern, norm, &start, &end);
    if (r < 0)
        return NULL;
    if (r == 0)
        Py_RETURN_NONE;
    return Py_BuildValue("nn", start, end);
}

/* ------------------------------------------------------------------ fineprint: the lines that may be notes */

/* A character as fineprint._folded reads it: "İ" and "ſ" as the ASCII letters a case-blind pattern takes
   them for, the rest lower-cased. str.lower() and this per-character lower case part ways only on "İ" (read
   first) and on the final sigma, which no needle holds. */
static inline Py_UCS4 fx_fold(Py_UCS4 c) {
    if (c < 128)
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    if (c == 0x130)
        return 'i';
    if (c == 0x17f)
        return 's';
    return Py_UNICODE_TOLOWER(c);
}

/* The needles of fine_print_candidates, read once per call: each a run of code points; the pairs of ASCII
   characters that one of them opens with, the ASCII characters that are one of them whole, and the
   characters beyond ASCII that one of them opens with (few: most positions of a line are ruled out by one
   look-up). */
#define FX_MAX_NEEDLES 64
#define FX_MAX_NEEDLE 64
typedef struct {
    Py_ssize_t count, len[FX_MAX_NEEDLES], wide_count;
    Py_UCS4 chars[FX_MAX_NEEDLES][FX_MAX_NEEDLE], wide_first[FX_MAX_NEEDLES];
    unsigned char ascii_pair[128][128], ascii_whole[128];
} fx_needles;

/* Whether a needle opens at position p of the folded text (of length n). */
static int fx_opens_at(const fx_needles *needles, const Py_UCS4 *folded, Py_ssize_t n, Py_ssize_t p) {
    Py_UCS4 c = folded[p];
    if (c < 128) {
        if (needles->ascii_whole[c])
            return 1;
        if (p + 1 >= n || (folded[p + 1] < 128 && !needles->ascii_pair[c][folded[p + 1]]))
            return 0;
    } else {
        Py_ssize_t w = 0;
        while (w < needles->wide_count && needles->wide_first[w] != c)
            w++;
        if (w == needles->wide_count)
            return 0;
    }
    for (Py_ssize_t k = 0; k < needles->count; k++) {
        Py_ssize_t len = needles->len[k], q = 0;
        if (needles->chars[k][0] != c || p + len > n)
            continue;
        while (q < len && folded[p + q] == needles->chars[k][q])
            q++;
        if (q == len)
            return 1;
    }
    return 0;
}

/* fine_print_candidates(texts, needles) -> fineprint.may_be_notes(texts): the positions of the texts whose
   folded form (fineprint._folded) holds one of the needles (the marks and the phrases' literals: at most
   FX_MAX_NEEDLES, each of 1 to FX_MAX_NEEDLE characters). */
static PyObject *fine_print_candidates(PyObject *self, PyObject *args) {
    PyObject *texts, *needles_;
    if (!PyArg_ParseTuple(args, "O!O!", &PyList_Type, &texts, &PyTuple_Type, &needles_))
        return NULL;
    static fx_needles needles;  /* static: the pair table is 16 KB */
    memset(needles.ascii_pair, 0, sizeof needles.ascii_pair);
    memset(needles.ascii_whole, 0, sizeof needles.ascii_whole);
    needles.wide_count = 0;
    needles.count = PyTuple_GET_SIZE(needles_);
    if (needles.count > FX_MAX_NEEDLES) {
        PyErr_SetString(PyExc_ValueError, "fine_print_candidates() takes at most 64 needles");
        return NULL;
    }
    for (Py_ssize_t k = 0; k < needles.count; k++) {
        PyObject *needle = PyTuple_GET_ITEM(needles_, k);
        if (!PyUnicode_Check(needle) || PyUnicode_GET_LENGTH(needle) < 1
            || PyUnicode_GET_LENGTH(needle) > FX_MAX_NEEDLE) {
            PyErr_SetString(PyExc_ValueError, "fine_print_candidates() needs needles of 1 to 64 characters");
            return NULL;
        }
        Chars t = chars_of(needle);
        needles.len[k] = t.len;
        for (Py_ssize_t q = 0; q < t.len; q++)
            needles.chars[k][q] = AT(t, q);
        Py_UCS4 first = needles.chars[k][0], second = t.len > 1 ? needles.chars[k][1] : 0;
        if (first >= 128)
            needles.wide_first[needles.wide_count++] = first;
        else if (t.len == 1)
            needles.ascii_whole[first] = 1;
        else if (second < 128)
            needles.ascii_pair[first][second] = 1;
    }
    PyObject *out = PySet_New(NULL);
    Py_UCS4 *folded = NULL;
    Py_ssize_t room = 0;
    if (out == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(texts); i++) {
        PyObject *text = PyList_GET_ITEM(texts, i);
        if (!PyUnicode_Check(text)) {
            PyErr_SetString(PyExc_TypeError, "fine_print_candidates() needs a list of str");
            goto fail;
        }
        Chars t = chars_of(text);
        if (t.len > room) {
            room = t.len * 2;
            PyMem_Free(folded);
            folded = PyMem_New(Py_UCS4, room);
            if (folded == NULL) {
                PyErr_NoMemory();
                goto fail;
            }
        }
        for (Py_ssize_t p = 0; p < t.len; p++)
            folded[p] = fx_fold(AT(t, p));
        for (Py_ssize_t p = 0; p < t.len; p++) {
            if (fx_opens_at(&needles, folded, t.len, p)) {
                PyObject *at = PyLong_FromSsize_t(i);
                int r = at == NULL ? -1 : PySet_Add(out, at);
                Py_XDECREF(at);
                if (r < 0)
                    goto fail;
                break;
            }
        }
    }
    PyMem_Free(folded);
    return out;
fail:
    PyMem_Free(folded);
    Py_DECREF(out);
    return NULL;
}

static PyMethodDef methods[] = {
    {"split_strip", split_strip, METH_O, "page.split_lines, each line stripped as page.build strips it: (raw, stripped)."},
    {"tokens_of", tokens_of, METH_VARARGS, "tokens_of(texts, page_has_cjk, fallback) -> {text: tokens}."},
    {"features_of", features_of, METH_VARARGS,
     "features_of(toks_of, stop, page_has_cjk) -> {text: page._features(text, stop, toks, page_has_cjk)}."},
    {"lines", lines, METH_VARARGS,
     "lines(line_type, kept, texts, linked, toks_of, stop, page_has_cjk) -> the page's Line tuples."},
    {"normalise", normalise, METH_O, "lexicon.normalise(text)."},
    {"set_tables", set_tables, METH_VARARGS,
     "set_tables(framing_ranges, folding_chars, glue_lower, glue_upper): lexicon's character classes."},
    {"may_glue", may_glue_py, METH_O, "may_glue(text) -> False when Lexicon._glued(text) finds no glue point."},
    {"lexicon_match", lexicon_match, METH_VARARGS, "lexicon_match(lexicon, text, norm, tokens): Lexicon.match."},
    {"lexicon_entries", lexicon_entries, METH_VARARGS,
     "lexicon_entries(lexicon, lines) -> [Lexicon.match(line.text, line.key, line.tokens) for line in lines]."},
    {"stopword_hits", stopword_hits, METH_VARARGS, "stopword_hits(tokens, index) -> {language: hits}."},
    {"classify", classify, METH_VARARGS,
     "classify(line, params) -> features.classify's label of a line no chrome rule can match, else None."},
    {"dateline", dateline, METH_VARARGS, "dateline(text, params) -> features.dateline(text)."},
    {"classify_lines", classify_lines, METH_VARARGS,
     "classify_lines(lines, labels, params, fallback, page) -> features.run(page, labels)."},
    {"action_row", action_row, METH_VARARGS,
     "action_row(line, label, actions, companions, max_words) -> comments._action_row(line, label)."},
    {"shapes", shapes, METH_VARARGS,
     "shapes(lines, labels, marks, good, near, rule_chars, summary_max_words, excerpt_max_words) -> "
     "[teasers.shape(line, label) for each line]."},
    {"boxed_runs", boxed_runs, METH_VARARGS,
     "boxed_runs(lines, labels, good, near, boxed_min, unended_min, unended_share, min_words, boxed_reason, "
     "unended_reason) -> teasers._boxed_runs(page, labels)."},
    {"item_groups", item_groups, METH_VARARGS,
     "item_groups(lines, labels, shapes, marks, truncated, limits) -> teasers._item_groups(page, labels, shapes)."},
    {"rooms", rooms, METH_VARARGS, "rooms(lines, (min_width, max_width, unbreakable)) -> unwrap._rooms(lines)."},
    {"too_many_over", too_many_over, METH_VARARGS,
     "too_many_over(lines, width, best, share, unbreakable) -> unwrap._too_many_over(lines, width, best)."},
    {"context_labels", context_labels, METH_VARARGS,
     "context_labels(lines, labels, span, reasons, constants, stray_max_lines_after, template) -> "
     "context._judged(page, labels, span, reasons)."},
    {"visible_blocks", visible_blocks, METH_VARARGS,
     "visible_blocks(blocks, visible_parts, link_share, markup_chars, heading_mark) -> markdown.visible_blocks(blocks)."},
    {"scores", scores, METH_VARARGS,
     "scores(lines, labels, boxed, title_like, sentence_case, params, button_reason) -> segmentation._scores's evidence per line."},
    {"title_lines", title_lines, METH_VARARGS,
     "title_lines(lines, labels, short, link_share, permalink, heading_max_words) -> span.title_lines(page, labels)."},
    {"repeat_candidates", repeat_candidates, METH_VARARGS,
     "repeat_candidates(lines, labels, limit, copy_min_words, comment_reason, good) -> "
     "repetition._candidates(page, labels, limit)."},
    {"recorded", recorded, METH_VARARGS,
     "recorded(labels, first, stop, found, cls) -> labels.recorded(labels, names, found), names the fields "
     "first..stop - 1."},
    {"edge", edge, METH_VARARGS, "edge(flags, i, step, value) -> posts._edge(flags, i, step, value)."},
    {"action_rows", action_rows, METH_VARARGS,
     "action_rows(lines, labels, actions, companions, max_words) -> comments._action_rows(page, labels)."},
    {"cjk_in", cjk_in, METH_O, "cjk_in(text) -> language.CJK_CHAR.search(text) is not None."},
    {"non_text_count", non_text_count, METH_O, "non_text_count(text) -> binary.non_text_count(text)."},
    {"shape", shape, METH_VARARGS, "shape(text, most) -> span.shape(text), most being span.SHAPE_TOKENS."},
    {"post_lines", post_lines, METH_VARARGS,
     "post_lines(lines, labels, bad, good) -> posts.post_lines(page, labels)."},
    {"comment_candidates", comment_candidates, METH_VARARGS,
     "comment_candidates(lines, labels, (short, good, near), header_reason, says_colons, review_max_words, "
     "dashes) -> comments._candidates(page, labels)."},
    {"teaser_candidates", teaser_candidates, METH_VARARGS,
     "teaser_candidates(lines, labels, stamp_max_words, rank_max_words) -> teasers._candidates(page, labels)."},
    {"thread_walk", thread_walk, METH_VARARGS,
     "thread_walk(lines, labels, stops, posts, start, end, step, furniture, shared, own_prose, params) -> "
     "posts._walk(page, labels, stops, posts, start, end, step, furniture)."},
    {"spec_pairs", spec_pairs, METH_VARARGS,
     "spec_pairs(lines, labels, classes, patterns, limits) -> specs._pairs(page, labels)."},
    {"sentences", sentences, METH_VARARGS, "sentences(text, min_words) -> dumps._sentences(text)."},
    {"listed_runs", listed_runs, METH_VARARGS,
     "listed_runs(lines, max_words, min_entries) -> repetition._listed_runs(lines)."},
    {"span_columns", span_columns, METH_VARARGS,
     "span_columns(labels, comment_reason, box_prefix) -> segmentation._columns(labels), as a tuple."},
    {"menu_runs", menu_runs, METH_VARARGS,
     "menu_runs(lines, labels, title_like, menu_run, (bad, good, near)) -> span.menu_runs(page, labels, title_like)."},
    {"densest_span", densest_span, METH_VARARGS, "densest_span(scores) -> span.densest_span(scores)."},
    {"maximal_runs", maximal_runs, METH_VARARGS, "maximal_runs(scores) -> span.maximal_runs(scores)."},
    /* segmentation, repetition, posts, dumps, blurbs, dialogs, grids and menus stages */
    {"spans_recorded", spans_recorded, METH_VARARGS,
     "spans_recorded(labels, cls, first, threads, teasers, span, body_first, body_last, where, further, closer, "
     "trailing_start, trailing_stop, parts) -> segmentation._recorded's labels."},
    {"consent_lines", consent_lines, METH_VARARGS,
     "consent_lines(lines, labels, openers, assent, max_words) -> dialogs._consent_lines(page, labels)."},
    {"toc_openings", toc_openings, METH_O, "toc_openings(lines) -> repetition._toc_openings(lines)."},
    {"columns_recorded", columns_recorded, METH_VARARGS,
     "columns_recorded(labels, cls, first, columns) -> menus._recorded(labels, *columns)."},
    {"line_blocks", line_blocks, METH_O, "line_blocks(stripped) -> page._line_blocks(stripped)."},
    {"colon_lines", colon_lines, METH_VARARGS, "colon_lines(lines, first, stop) -> span._colon_lines(lines, first, stop)."},
    {"stop_flags", stop_flags, METH_VARARGS, "stop_flags(flags, labels) -> posts._stops(flags, labels)."},
    {"dump_candidates", dump_candidates, METH_VARARGS,
     "dump_candidates(lines, labels, min_words) -> dumps._candidates(page, labels)."},
    {"set_pattern_classes", lx_set_pattern_classes, METH_VARARGS,
     "set_pattern_classes(word, digit): the BMP's code points of the regex module's \\w and \\d."},
    {"closed_lines", lx_closed_lines, METH_VARARGS, "closed_lines(labels, is_prose) -> teasers._closed(labels, is_prose)."},
    {"prose_words", lx_prose_words, METH_VARARGS,
     "prose_words(lines, shapes, is_prose, blank) -> teasers._prose_words(page, shapes, is_prose)."},
    {"teaser_glues", lx_teaser_glues, METH_O,
     "teaser_glues(text) -> [m.start() for m in features.TEASER_GLUE.finditer(text)], or None where undecided."},
    {"review_markers_by_kind", lx_review_markers_by_kind, METH_VARARGS,
     "review_markers_by_kind(lines, short, out, markers_opening) -> comments._markers_by_kind(page, short, out)."},
    {"pattern_span", lx_pattern_span_py, METH_VARARGS,
     "pattern_span(pattern, norm) -> the span of a lexicon.LazyPattern's search of norm, or None."},
    {"fine_print_candidates", fine_print_candidates, METH_VARARGS,
     "fine_print_candidates(texts, needles) -> fineprint.may_be_notes(texts)."},
    {"page_tokens", pb_page_tokens, METH_VARARGS,
     "page_tokens(texts, toks_of, limit) -> page._first_tokens([toks_of[text] for text in texts], limit)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "cleaner._core",
    "The per-line work of building a page, compiled; the Python functions it names are its reference.", -1,
    methods,
};

PyMODINIT_FUNC PyInit__core(void) {
    str_lower = PyUnicode_InternFromString("lower");
    str_upper = PyUnicode_InternFromString("upper");
    str_casefold = PyUnicode_InternFromString("casefold");
    str_whole = PyUnicode_InternFromString("whole");
    str_by_word = PyUnicode_InternFromString("by_word");
    str_wordless = PyUnicode_InternFromString("wordless");
    str_keep = PyUnicode_InternFromString("keep");
    str_search = PyUnicode_InternFromString("search");
    str_glued = PyUnicode_InternFromString("_glued");
    str_contained = PyUnicode_InternFromString("contained");
    str_span = PyUnicode_InternFromString("span");
    str_match = PyUnicode_InternFromString("match");
    str_fullmatch = PyUnicode_InternFromString("fullmatch");
    str_findall = PyUnicode_InternFromString("findall");
    str_finditer = PyUnicode_InternFromString("finditer");
    str_start = PyUnicode_InternFromString("start");
    str_compiled_slot = PyUnicode_InternFromString("_compiled");
    lx_str_shape = PyUnicode_InternFromString("shape");
    pb_share_zero = PyFloat_FromDouble(0.0);
    pb_share_one = PyFloat_FromDouble(1.0);
    if (pb_share_zero == NULL || pb_share_one == NULL || lx_str_shape == NULL || str_compiled_slot == NULL || str_lower == NULL || str_upper == NULL || str_casefold == NULL || str_whole == NULL || str_by_word == NULL
        || str_wordless == NULL || str_keep == NULL || str_search == NULL || str_glued == NULL
        || str_contained == NULL || str_span == NULL || str_match == NULL || str_fullmatch == NULL || str_findall == NULL
        || str_finditer == NULL || str_start == NULL || init_latin1() < 0)
        return NULL;
    return PyModule_Create(&module);
}
