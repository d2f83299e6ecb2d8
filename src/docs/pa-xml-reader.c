/* pa-xml-reader.c: reads an agreement from an XML document, safely
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The steps, each with its own error code:
 *   1. bytes: over PA_XML_MAX_SIZE, not UTF-8, or a tag with more than
 *      PA_XML_MAX_ATTRIBUTES attributes is refused before parsing;
 *   2. parsing without network and without any DTD: the parser stops at
 *      the first <!DOCTYPE, so no entity is ever declared, let alone
 *      expanded (XXE, billion laughs), at PA_XML_MAX_DEPTH levels, at
 *      PA_XML_MAX_ELEMENTS elements and at the first list item over
 *      pa_xml_list_limit();
 *   3. the document element: our namespace and a format version we know;
 *   4. the RELAX NG schema, with the errors told in plain words;
 *   5. the model's own checks while the agreement is built in memory;
 *   6. the id: a UUID, or the caller's word that the document is new.
 * Only then is the agreement returned; nothing is half-read. Messages
 * are ours, never libxml2's, and name the line where the problem starts.
 * A file is read only if it is an ordinary file, and never past
 * PA_XML_MAX_SIZE, whatever its size claims.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <libxml/SAX2.h>

#include "core/pa-file-util.h"
#include "core/pa-gerror.h"
#include "core/pa-validate.h"
#include "core/pa-wording.h"

#include "pa-xml-private.h"
#include "pa-xml-reader.h"

/* A handful of distinct problems helps; fifty cascading ones do not. */
#define MAX_REPORTED 5

#define NAMESPACE_STEM "https://praktikaftale.github.io/ns/agreement/"

/* Before parsing */

static gboolean
too_large (guint64   size,
           GError  **error)
{
  g_autofree char *formatted = NULL;
  g_autofree char *limit = NULL;

  if (size <= PA_XML_MAX_SIZE)
    return FALSE;

  formatted = pa_wording_file_size (size);
  limit = pa_wording_file_size (PA_XML_MAX_SIZE);
  g_set_error (error, PA_XML_ERROR, PA_XML_ERROR_TOO_LARGE,
               _("The file is %s, far larger than an agreement can be (at most %s). "
                 "It was not opened."), formatted, limit);
  return TRUE;
}

/* The encoding named in <?xml ... encoding="..."?>, if any. */
static char *
declared_encoding (const char *data,
                   gsize       len)
{
  gsize head = MIN (len, 1024);
  const char *end, *p, *q;

  if (head >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    data += 3, head -= 3;
  if (head < 6 || memcmp (data, "<?xml", 5) != 0 || !g_ascii_isspace (data[5]) ||
      (end = g_strstr_len (data, head, "?>")) == NULL ||
      (p = g_strstr_len (data, end - data, "encoding")) == NULL)
    return NULL;

  for (p += strlen ("encoding"); p < end && g_ascii_isspace (*p); p++)
    ;
  if (p >= end || *p++ != '=')
    return NULL;
  for (; p < end && g_ascii_isspace (*p); p++)
    ;
  if (p >= end || (*p != '"' && *p != '\''))
    return NULL;
  q = memchr (p + 1, *p, end - p - 1);
  if (q == NULL || q - p - 1 > 40)
    return NULL;

  /* EncName is [A-Za-z][A-Za-z0-9._-]*; anything else is for the parser
   * to call malformed, and must not reach a message as raw bytes. */
  for (const char *c = p + 1; c < q; c++)
    if (!g_ascii_isalnum (*c) && *c != '.' && *c != '_' && *c != '-')
      return NULL;
  return g_strndup (p + 1, q - p - 1);
}

/* The parser is told the document is UTF-8 and to ignore what it
 * declares: no other decoder runs on untrusted bytes, and the scan
 * below can work on bytes. Praktikaftale writes UTF-8 only. */
static gboolean
check_encoding (const char  *data,
                gsize        len,
                GError     **error)
{
  const guchar *p = (const guchar *) data;
  g_autofree char *declared = NULL;

  if ((len >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF))) ||
      memchr (data, '\0', MIN (len, 4)) != NULL)
    {
      g_set_error_literal (error, PA_XML_ERROR, PA_XML_ERROR_NOT_XML,
                           _("Line 1: the file is in UTF-16 or UTF-32. Agreement documents are "
                             "UTF-8: save it as UTF-8 and open it again."));
      return FALSE;
    }

  declared = declared_encoding (data, len);
  if (declared != NULL &&
      g_ascii_strcasecmp (declared, "UTF-8") != 0 &&
      g_ascii_strcasecmp (declared, "UTF8") != 0 &&
      g_ascii_strcasecmp (declared, "US-ASCII") != 0 &&
      g_ascii_strcasecmp (declared, "ASCII") != 0)
    {
      g_set_error (error, PA_XML_ERROR, PA_XML_ERROR_NOT_XML,
                   _("Line 1: the file says it is in the %s encoding. Agreement documents are "
                     "UTF-8: save it as UTF-8 and open it again."), declared);
      return FALSE;
    }
  return TRUE;
}

/* libxml2 2.9 compares a start tag's attributes pairwise: a tag with a
 * million of them takes minutes. Every attribute is name="value" or
 * name='value', and no value can hold a raw '<', so the "=" + quote
 * pairs between one '<' and the next bound the attributes of any tag. */
static gboolean
check_attribute_count (const char  *data,
                       gsize        len,
                       GError     **error)
{
  guint count = 0;
  long line = 1, tag_line = 1;

  for (gsize i = 0; i < len; i++)
    {
      gsize j;

      switch (data[i])
        {
        case '\n':
          line++;
          break;
        case '<':
          count = 0;
          tag_line = line;
          break;
        case '=':
          for (j = i + 1; j < len && g_ascii_isspace (data[j]); j++)
            ;
          if (j < len && (data[j] == '"' || data[j] == '\'') && ++count > PA_XML_MAX_ATTRIBUTES)
            {
              g_set_error (error, PA_XML_ERROR, PA_XML_ERROR_UNSAFE,
                           _("Line %ld: an element has more than %d attributes. Agreements "
                             "never do, so the file was not opened."),
                           tag_line, PA_XML_MAX_ATTRIBUTES);
              return FALSE;
            }
          break;
        default:
          break;
        }
    }
  return TRUE;
}

/* Parsing */

/* Where the parser is, along the field tables: in a record (type set),
 * in a list (list set) or in a value (neither). */
typedef struct {
  GType          record_type;
  const PaField *list;
  guint          count;
} Frame;

typedef struct {
  guint     depth;
  gboolean  doctype;
  gboolean  too_deep;
  long      unsafe_line;
  GArray   *frames;
  guint     n_elements;
  const PaField *too_many;     /* the list over its limit */
  gboolean  too_many_elements;
  gboolean  have_error;
  int       error_code;
  long      error_line;
  long      error_int1;
  long      unclosed_line;   /* of a comment, CDATA or PI never closed */
  char     *error_str1;
  char     *error_str2;
} ParseState;

static void
parse_state_clear (ParseState *state)
{
  g_clear_pointer (&state->frames, g_array_unref);
  g_clear_pointer (&state->error_str1, g_free);
  g_clear_pointer (&state->error_str2, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ParseState, parse_state_clear)

static void
on_internal_subset (void          *ctx,
                    const xmlChar *name,
                    const xmlChar *external_id,
                    const xmlChar *system_id)
{
  xmlParserCtxt *ctxt = ctx;
  ParseState *state = ctxt->_private;

  /* Agreements never have a DTD; refusing any at all covers external
   * entities and entity expansion without judging what it declares. */
  state->doctype = TRUE;
  state->unsafe_line = xmlSAX2GetLineNumber (ctx);
  xmlStopParser (ctxt);
}

static const PaField *
find_field (GType       type,
            const char *name)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);

  return pa_record_class_find_field (PA_RECORD_CLASS (klass), name, NULL);
}

/* The frame of an element named @name inside @parent. FALSE when a list
 * holds more items than pa_xml_list_limit(): the document is refused
 * there, before a million items are built. */
static gboolean
enter_element (Frame      *parent,
               const char *name,
               Frame      *out)
{
  const PaField *field;

  *out = (Frame) { 0, NULL, 0 };
  if (parent == NULL)
    out->record_type = PA_TYPE_AGREEMENT;
  else if (parent->list != NULL)
    {
      if (++parent->count > pa_xml_list_limit (parent->list))
        return FALSE;
      out->record_type = parent->list->child_type ();
    }
  else if (parent->record_type != 0 &&
           (field = find_field (parent->record_type, name)) != NULL)
    {
      if (field->kind == PA_FIELD_LIST)
        out->list = field;
      else if (field->kind == PA_FIELD_CHILD)
        out->record_type = field->child_type ();
    }
  return TRUE;
}

/* The line of the "<" that starts the tag now being parsed. libxml2
 * gives an element the line where its start tag ends (a tag may span
 * lines), and no line past 65535 at all; ours is kept in _private. */
static long
start_tag_line (xmlParserCtxt *ctxt)
{
  long line = xmlSAX2GetLineNumber (ctxt);
  const xmlChar *base = ctxt->input->base;

  /* No raw "<" can occur inside a tag, attribute values included. */
  for (const xmlChar *p = ctxt->input->cur; p > base; p--)
    {
      if (p[-1] == '<')
        return line;
      if (p[-1] == '\n')
        line--;
    }
  return xmlSAX2GetLineNumber (ctxt);
}

/* Counts elements and list items while parsing. */
static gboolean
within_limits (xmlParserCtxt *ctxt,
               ParseState    *state,
               const char    *name)
{
  Frame *parent = state->frames->len > 0
                  ? &g_array_index (state->frames, Frame, state->frames->len - 1) : NULL;
  Frame frame;

  if (++state->n_elements > PA_XML_MAX_ELEMENTS)
    state->too_many_elements = TRUE;
  else if (!enter_element (parent, name, &frame))
    state->too_many = parent->list;
  else
    {
      g_array_append_val (state->frames, frame);
      return TRUE;
    }
  state->unsafe_line = start_tag_line (ctxt);
  xmlStopParser (ctxt);
  return FALSE;
}

static long
element_line (xmlNode *node)
{
  if (node != NULL && node->type == XML_ELEMENT_NODE && node->_private != NULL)
    return (long) GPOINTER_TO_SIZE (node->_private);
  return node != NULL ? xmlGetLineNo (node) : 1;
}

static void
on_start_element (void           *ctx,
                  const xmlChar  *localname,
                  const xmlChar  *prefix,
                  const xmlChar  *uri,
                  int             n_namespaces,
                  const xmlChar **namespaces,
                  int             n_attributes,
                  int             n_defaulted,
                  const xmlChar **attributes)
{
  xmlParserCtxt *ctxt = ctx;
  ParseState *state = ctxt->_private;
  long line;

  if (++state->depth > PA_XML_MAX_DEPTH)
    {
      state->too_deep = TRUE;
      state->unsafe_line = xmlSAX2GetLineNumber (ctx);
      xmlStopParser (ctxt);
      return;
    }
  if (!within_limits (ctxt, state, (const char *) localname))
    return;

  line = start_tag_line (ctxt);
  xmlSAX2StartElementNs (ctx, localname, prefix, uri, n_namespaces, namespaces,
                         n_attributes, n_defaulted, attributes);
  if (ctxt->node != NULL && line > 0)
    ctxt->node->_private = GSIZE_TO_POINTER ((gsize) line);
}

static void
on_end_element (void          *ctx,
                const xmlChar *localname,
                const xmlChar *prefix,
                const xmlChar *uri)
{
  xmlParserCtxt *ctxt = ctx;
  ParseState *state = ctxt->_private;

  state->depth--;
  if (state->frames->len > 0)
    g_array_set_size (state->frames, state->frames->len - 1);
  xmlSAX2EndElementNs (ctx, localname, prefix, uri);
}

/* libxml2's messages may quote the input, cut at any byte: keep the
 * first line, as valid UTF-8, so a message never shows raw bytes. */
static char *
clean_message (const char *message)
{
  g_autofree char *line = NULL;

  if (message == NULL)
    return NULL;
  line = g_strndup (message, strcspn (message, "\n"));
  return g_utf8_make_valid (g_strstrip (line), -1);
}

/* Keeps the first error; libxml2 would print them on stderr. */
static void
on_parse_error (void     *ctx,
                xmlError *err)
{
  xmlParserCtxt *ctxt = ctx;
  ParseState *state = ctxt->_private;

  if (err->level < XML_ERR_ERROR)
    return;
  /* "<citizen" without its ">": libxml2 first trips over the next tag
   * as an attribute, then names the tag and the line it started on. */
  if (state->have_error &&
      !(err->code == XML_ERR_GT_REQUIRED && state->error_code == XML_ERR_NAME_REQUIRED))
    return;
  g_clear_pointer (&state->error_str1, g_free);
  g_clear_pointer (&state->error_str2, g_free);

  state->have_error = TRUE;
  state->error_code = err->code;
  state->error_line = err->line;
  state->error_int1 = err->int1;
  state->error_str1 = clean_message (err->str1);
  state->error_str2 = clean_message (err->str2);
}

/* The line of the first @open in @data that no @close follows: libxml2
 * reports an unclosed comment at the end of the file, not where it starts. */
static long
unclosed_start_line (const char *data,
                     gsize       len,
                     const char *open,
                     const char *close)
{
  const char *end = data + len;

  for (const char *p = data; p < end && (p = g_strstr_len (p, end - p, open)) != NULL; p++)
    if (g_strstr_len (p + strlen (open), end - p - strlen (open), close) == NULL)
      {
        long line = 1;

        for (const char *c = data; c < p; c++)
          line += *c == '\n';
        return line;
      }
  return 0;
}

static void
find_unclosed (ParseState *state,
               const char *data,
               gsize       len)
{
  switch (state->error_code)
    {
    case XML_ERR_COMMENT_NOT_FINISHED:
      state->unclosed_line = unclosed_start_line (data, len, "<!--", "-->");
      break;
    case XML_ERR_CDATA_NOT_FINISHED:
      state->unclosed_line = unclosed_start_line (data, len, "<![CDATA[", "]]>");
      break;
    case XML_ERR_PI_NOT_FINISHED:
      state->unclosed_line = unclosed_start_line (data, len, "<?", "?>");
      break;
    default:
      break;
    }
}

/* The first parse error, in words a consultant can act on: never
 * libxml2's own (English) text. For a tag left open, libxml2 puts the
 * line of its start tag in int1 and the line it noticed in line. */
static char *
describe_parse_error (ParseState *state)
{
  long line = MAX (state->error_line, 1);
  long start_line = state->error_int1 > 0 ? state->error_int1 : line;
  const char *s1 = state->error_str1 ? state->error_str1 : "";
  const char *s2 = state->error_str2 ? state->error_str2 : "";

  switch (state->error_code)
    {
    case XML_ERR_DOCUMENT_EMPTY:
      return g_strdup_printf (_("Line %ld: there is no XML element here."), line);
    case XML_ERR_DOCUMENT_END:
    case XML_ERR_EXTRA_CONTENT:
      return g_strdup_printf (_("Line %ld: there is more text after the end of the document."), line);
    case XML_ERR_TAG_NAME_MISMATCH:
      return g_strdup_printf (_("Line %ld: <%s> is not closed; line %ld closes </%s> instead."),
                              start_line, s1, line, s2);
    case XML_ERR_TAG_NOT_FINISHED:
      return g_strdup_printf (_("Line %ld: <%s> is never closed; the file ends at line %ld. "
                                "It may have been cut off."), start_line, s1, line);
    case XML_ERR_GT_REQUIRED:
      return g_strdup_printf (_("Line %ld: the tag <%s> is not finished with “>”."), start_line, s1);
    case XML_ERR_LTSLASH_REQUIRED:
    case XML_ERR_NOT_WELL_BALANCED:
      return g_strdup_printf (_("Line %ld: an end tag is broken or missing here."), line);
    case XML_ERR_NAME_REQUIRED:
    case XML_ERR_LT_REQUIRED:
    case XML_ERR_NAME_TOO_LONG:
      return g_strdup_printf (_("Line %ld: a “<” or “&” here starts no valid tag or name: a “>” "
                                "may be missing, or the sign belongs in text, where it is "
                                "written &lt; or &amp;."), line);
    case XML_ERR_LT_IN_ATTRIBUTE:
    case XML_ERR_ATTRIBUTE_NOT_STARTED:
    case XML_ERR_ATTRIBUTE_NOT_FINISHED:
    case XML_ERR_ATTRIBUTE_WITHOUT_VALUE:
    case XML_ERR_ATTRIBUTE_REDEFINED:
    case XML_NS_ERR_ATTRIBUTE_REDEFINED:
    case XML_ERR_EQUAL_REQUIRED:
    case XML_ERR_STRING_NOT_STARTED:
    case XML_ERR_STRING_NOT_CLOSED:
    case XML_ERR_SPACE_REQUIRED:
      return g_strdup_printf (_("Line %ld: an attribute in a tag is broken: a quote or “=” is "
                                "missing, or the same attribute appears twice."), line);
    case XML_ERR_UNDECLARED_ENTITY:
    case XML_WAR_UNDECLARED_ENTITY:
    case XML_ERR_ENTITYREF_NO_NAME:
    case XML_ERR_ENTITYREF_SEMICOL_MISSING:
      return g_strdup_printf (_("Line %ld: an “&” here does not start anything XML knows. "
                                "Write &amp; for an ampersand."), line);
    case XML_ERR_COMMENT_NOT_FINISHED:
    case XML_ERR_CDATA_NOT_FINISHED:
    case XML_ERR_PI_NOT_FINISHED:
      return g_strdup_printf (_("Line %ld: a comment or a special section starts here and is never "
                                "closed. The file may have been cut off."),
                              state->unclosed_line > 0 ? state->unclosed_line : line);
    case XML_ERR_XMLDECL_NOT_STARTED:
    case XML_ERR_XMLDECL_NOT_FINISHED:
    case XML_ERR_RESERVED_XML_NAME:
    case XML_ERR_VERSION_MISSING:
      return g_strdup_printf (_("Line %ld: the XML declaration (<?xml …?>) is broken or not at "
                                "the very start of the file."), line);
    case XML_NS_ERR_UNDEFINED_NAMESPACE:
    case XML_NS_ERR_QNAME:
    case XML_NS_ERR_EMPTY:
    case XML_NS_ERR_COLON:
      return g_strdup_printf (_("Line %ld: a name has a prefix (like x:name) that is not "
                                "declared. Agreement elements have no prefix."), line);
    case XML_ERR_INVALID_CHAR:
    case XML_ERR_INVALID_CHARREF:
    case XML_ERR_INVALID_DEC_CHARREF:
    case XML_ERR_INVALID_HEX_CHARREF:
    case XML_ERR_INVALID_ENCODING:
    case XML_ERR_UNKNOWN_ENCODING:
    case XML_ERR_UNSUPPORTED_ENCODING:
      return g_strdup_printf (_("Line %ld: the file contains characters that are not valid text in its encoding."),
                              line);
    default:
      return g_strdup_printf (_("Line %ld: the XML is broken here: a character or a tag is "
                                "where XML does not allow it."), line);
    }
}

static xmlDoc *
parse (const char  *data,
       gsize        len,
       GError     **error)
{
  g_auto(ParseState) state = { 0, };
  g_autoptr(xmlParserCtxt) ctxt = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  g_autofree char *detail = NULL;
  /* Never XML_PARSE_NOENT, DTDLOAD, DTDATTR, DTDVALID, XINCLUDE or HUGE. */
  const int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                      XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES | XML_PARSE_IGNORE_ENC;

  pa_xml_init ();
  ctxt = xmlNewParserCtxt ();
  if (ctxt == NULL)
    {
      g_set_error_literal (error, PA_XML_ERROR, PA_XML_ERROR_FAILED,
                           _("The file could not be read: out of memory."));
      return NULL;
    }

  state.frames = g_array_new (FALSE, FALSE, sizeof (Frame));
  ctxt->_private = &state;
  ctxt->sax->internalSubset = on_internal_subset;
  ctxt->sax->startElementNs = on_start_element;
  ctxt->sax->endElementNs = on_end_element;
  ctxt->sax->serror = on_parse_error;

  doc = xmlCtxtReadMemory (ctxt, data, (int) len, NULL, "UTF-8", options);

  if (state.doctype)
    {
      g_set_error (error, PA_XML_ERROR, PA_XML_ERROR_UNSAFE,
                   _("Line %ld: the file contains a document type declaration (<!DOCTYPE …>). "
                     "Agreements never do, and such declarations can be used to read other files "
                     "or to exhaust the computer's memory, so the file was not opened."),
                   state.unsafe_line);
      return NULL;
    }

  if (state.too_deep)
    {
      g_set_error (error, PA_XML_ERROR, PA_XML_ERROR_UNSAFE,
                   _("Line %ld: elements are nested more than %d levels deep. "
                     "Agreements never are, so the file was not opened."),
                   state.unsafe_line, PA_XML_MAX_DEPTH);
      return NULL;
    }

  if (state.too_many != NULL)
    {
      guint limit = pa_xml_list_limit (state.too_many);

      g_set_error (error, PA_XML_ERROR, PA_XML_ERROR_TOO_MANY,
                   /* Translators: %s is the name of a list, e.g. "SMART goals" */
                   g_dngettext (GETTEXT_PACKAGE,
                                "Line %ld: the list “%s” has more than %u entry, the most an agreement may have.",
                                "Line %ld: the list “%s” has more than %u entries, the most an agreement may have.",
                                limit),
                   state.unsafe_line, _(state.too_many->label), limit);
      return NULL;
    }

  if (state.too_many_elements)
    {
      g_set_error (error, PA_XML_ERROR, PA_XML_ERROR_TOO_MANY,
                   _("Line %ld: the file has more than %d elements. Agreements never do, "
                     "so the file was not opened."),
                   state.unsafe_line, PA_XML_MAX_ELEMENTS);
      return NULL;
    }

  if (doc == NULL || !ctxt->wellFormed || !ctxt->nsWellFormed || state.have_error)
    {
      find_unclosed (&state, data, len);
      detail = state.have_error
               ? describe_parse_error (&state)
               : g_strdup_printf (_("Line %d: the XML is broken here."), MAX (xmlSAX2GetLineNumber (ctxt), 1));
      /* Translators: %s is a sentence starting with "Line N:" */
      g_set_error (error, PA_XML_ERROR, PA_XML_ERROR_NOT_XML,
                   _("The file is not a well-formed XML document. %s"), detail);
      return NULL;
    }

  return g_steal_pointer (&doc);
}

/* The document element */

static char *
get_attribute (xmlNode    *element,
               const char *name)
{
  xmlChar *value = xmlGetNoNsProp (element, BAD_CAST name);
  char *copy = value != NULL ? g_strstrip (g_strdup ((const char *) value)) : NULL;

  xmlFree (value);
  return copy;
}

static gboolean
check_root (xmlNode       *root,
            GError       **error)
{
  const char *ns = root->ns != NULL ? (const char *) root->ns->href : NULL;
  g_autofree char *version = NULL;
  gint64 number;

  if (ns != NULL && g_str_has_prefix (ns, NAMESPACE_STEM) &&
      !g_str_equal (ns, PA_XML_NAMESPACE) &&
      g_str_equal ((const char *) root->name, PA_XML_ROOT))
    {
      g_set_error (error, PA_XML_ERROR, PA_XML_ERROR_TOO_NEW,
                   _("Line %ld: this agreement is in a newer format than this version "
                     "of Praktikaftale reads. Update Praktikaftale to open it."),
                   element_line (root));
      return FALSE;
    }

  if (ns == NULL || !g_str_equal (ns, PA_XML_NAMESPACE))
    {
      g_set_error (error, PA_XML_ERROR, PA_XML_ERROR_WRONG_NAMESPACE,
                   _("Line %ld: this XML file is not a Praktikaftale agreement: its outermost "
                     "element, <%s>, belongs to another format."),
                   element_line (root), (const char *) root->name);
      return FALSE;
    }

  /* Checked before the schema, which only knows version 1: a newer
   * document should say "update", not "invalid". */
  version = get_attribute (root, "format-version");
  if (version != NULL &&
      g_ascii_string_to_signed (version, 10, 0, G_MAXINT64, &number, NULL) &&
      number > PA_XML_FORMAT_VERSION)
    {
      g_set_error (error, PA_XML_ERROR, PA_XML_ERROR_TOO_NEW,
                   _("Line %ld: this agreement uses format version %s, made by a newer version "
                     "of Praktikaftale. This version reads format version %d; update "
                     "Praktikaftale to open it."),
                   element_line (root), version, PA_XML_FORMAT_VERSION);
      return FALSE;
    }

  return TRUE;
}

/* Finding the field an element stands for */

typedef struct {
  GType          record_type;  /* the record the element belongs to */
  const PaField *field;        /* NULL for the root and for list items */
  const PaField *list;         /* for a list item, its list */
  gboolean       record;       /* the element holds a record's fields */
} ElementInfo;

/* Walks from the document element down to @node along the field tables.
 * FALSE when @node is not where the vocabulary has an element. */
static gboolean
describe_element (xmlNode     *node,
                  ElementInfo *info)
{
  g_autoptr(GPtrArray) path = g_ptr_array_new ();

  *info = (ElementInfo) { PA_TYPE_AGREEMENT, NULL, NULL, TRUE };
  if (node == NULL || node->type != XML_ELEMENT_NODE)
    return FALSE;

  for (xmlNode *n = node; n != NULL && n->type == XML_ELEMENT_NODE; n = n->parent)
    g_ptr_array_insert (path, 0, n);

  /* path[0] is the document element. */
  for (guint i = 1; i < path->len; i++)
    {
      xmlNode *n = g_ptr_array_index (path, i);
      const char *name = (const char *) n->name;

      if (info->field != NULL && info->field->kind == PA_FIELD_LIST)
        {
          if (!g_str_equal (name, pa_xml_item_name (info->field)))
            return FALSE;
          *info = (ElementInfo) { info->field->child_type (), NULL, info->field, TRUE };
          continue;
        }

      if (!info->record)
        return FALSE;

      info->field = find_field (info->record_type, name);
      info->list = NULL;
      info->record = FALSE;
      if (info->field == NULL)
        return FALSE;
      if (info->field->kind == PA_FIELD_CHILD)
        *info = (ElementInfo) { info->field->child_type (), NULL, NULL, TRUE };
      else if (info->field->kind != PA_FIELD_LIST)
        continue;
    }
  return TRUE;
}

/* "Line 12: the field “End date” (<end-date>) is not a valid date; write
 * it like 2026-03-02." The label is the model's, in the user's language. */
static char *
describe_expected_value (long           line,
                         const char    *name,
                         const PaField *field)
{
  const char *label = _(field->label);

  switch (field->kind)
    {
    case PA_FIELD_DATE:
      return g_strdup_printf (_("Line %ld: the field “%s” (<%s>) is not a valid date; write it like 2026-03-02."),
                              line, label, name);
    case PA_FIELD_TIME:
      return g_strdup_printf (_("Line %ld: the field “%s” (<%s>) is not a valid time; write it like 08:30."),
                              line, label, name);
    case PA_FIELD_DATETIME:
      return g_strdup_printf (_("Line %ld: the field “%s” (<%s>) is not a valid date and time; write it "
                                "with its UTC offset, like 2026-03-02T09:30:00+01:00."), line, label, name);
    case PA_FIELD_INT:
      return g_strdup_printf (_("Line %ld: the field “%s” (<%s>) must be a whole number from %.0f to %.0f."),
                              line, label, name, field->min, field->max);
    case PA_FIELD_DOUBLE:
      return g_strdup_printf (_("Line %ld: the field “%s” (<%s>) must be a number from %.0f to %.0f, "
                                "written like 37.5."), line, label, name, field->min, field->max);
    case PA_FIELD_BOOLEAN:
      return g_strdup_printf (_("Line %ld: the field “%s” (<%s>) must be true or false."),
                              line, label, name);
    case PA_FIELD_STRING:
      if (field->choices != NULL)
        {
          g_autofree char *choices = g_strjoinv (", ", (char **) field->choices);

          /* Translators: the last %s lists the values as written in the file */
          return g_strdup_printf (_("Line %ld: the field “%s” (<%s>) must be one of: %s."),
                                  line, label, name, choices);
        }
      return g_strdup_printf (_("Line %ld: the field “%s” (<%s>) must hold only text."),
                              line, label, name);
    case PA_FIELD_CHILD:
    case PA_FIELD_LIST:
    default:
      g_assert_not_reached ();
    }
}

/* The label of the field @node stands for, in the user's language; for
 * a list item, its list's. NULL for the document element or a name the
 * format does not have there. */
static const char *
element_label (xmlNode *node)
{
  ElementInfo parent;
  const PaField *field;

  if (node->parent == NULL || node->parent->type != XML_ELEMENT_NODE ||
      !describe_element (node->parent, &parent))
    return NULL;
  if (parent.field != NULL && parent.field->kind == PA_FIELD_LIST)
    return g_str_equal ((const char *) node->name, pa_xml_item_name (parent.field))
           ? _(parent.field->label) : NULL;
  if (!parent.record || (field = find_field (parent.record_type, (const char *) node->name)) == NULL)
    return NULL;
  return _(field->label);
}

/* An element that is not where the format has it: a known field out of
 * order or twice, or a name the format does not know. */
static char *
describe_misplaced (long        line,
                    xmlNode    *node)
{
  const char *name = (const char *) node->name;
  const char *label = element_label (node);
  const char *container;

  if (label != NULL)
    return g_strdup_printf (_("Line %ld: the field “%s” (<%s>) is out of order or repeated here. "
                              "Fields must come once each, in the order of the format."),
                            line, label, name);
  if (node->parent == NULL || node->parent->type != XML_ELEMENT_NODE)
    return g_strdup_printf (_("Line %ld: <%s> is not expected here. Check its spelling."), line, name);
  if (node->parent->parent == NULL || node->parent->parent->type == XML_DOCUMENT_NODE)
    return g_strdup_printf (_("Line %ld: <%s> is not a field of an agreement. Check its spelling."),
                            line, name);
  container = element_label (node->parent);
  if (container != NULL)
    return g_strdup_printf (_("Line %ld: <%s> is not a field of “%s”. Check its spelling."),
                            line, name, container);
  return g_strdup_printf (_("Line %ld: <%s> is not expected here. Check its spelling."), line, name);
}

/* Schema validation */

typedef struct {
  GPtrArray *messages;
  GPtrArray *nodes;     /* the elements already reported */
  gboolean   more;      /* there are problems beyond MAX_REPORTED */
} Problems;

static void
problems_clear (Problems *p)
{
  g_clear_pointer (&p->messages, g_ptr_array_unref);
  g_clear_pointer (&p->nodes, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Problems, problems_clear)

/* An error on an element already reported, or on one of its ancestors
 * ("failed to validate content"), is the same problem again. */
static gboolean
already_reported (Problems *p,
                  xmlNode  *node)
{
  for (guint i = 0; i < p->nodes->len; i++)
    for (xmlNode *n = g_ptr_array_index (p->nodes, i); n != NULL; n = n->parent)
      if (n == node)
        return TRUE;
  return FALSE;
}

static gboolean read_record (xmlNode   *element,
                             PaRecord  *record,
                             GError   **error);

/* Reads the items of @list_element into scratch records: the model's
 * checks name the element and the line that the schema refused. */
static char *
diagnose_items (xmlNode       *list_element,
                const PaField *list)
{
  for (xmlNode *child = xmlFirstElementChild (list_element); child != NULL;
       child = xmlNextElementSibling (child))
    {
      g_autoptr(PaRecord) scratch = g_object_new (list->child_type (), NULL);
      g_autoptr(GError) error = NULL;

      if (!read_record (child, scratch, &error))
        return g_strdup (error->message);
    }
  return NULL;
}

/* The element child of @parent at @position, counting from 0. */
static xmlNode *
nth_element (xmlNode *parent,
             guint    position)
{
  for (xmlNode *child = xmlFirstElementChild (parent); child != NULL;
       child = xmlNextElementSibling (child))
    if (position-- == 0)
      return child;
  return NULL;
}

static char *
describe_validity_error (xmlError *err,
                         xmlNode  *node)
{
  long line = element_line (node);
  const char *name = (const char *) node->name;
  ElementInfo info;
  gboolean known = describe_element (node, &info);
  xmlNode *extra;
  char *diagnosis;

  switch (err->code)
    {
    case XML_RELAXNG_ERR_DATATYPE:
    case XML_RELAXNG_ERR_TYPEVAL:
    case XML_RELAXNG_ERR_VALUE:
    case XML_RELAXNG_ERR_LIST:
    case XML_RELAXNG_ERR_DATAELEM:
    case XML_RELAXNG_ERR_VALELEM:
    case XML_RELAXNG_ERR_CONTENTVALID:
    case XML_RELAXNG_ERR_TEXTWRONG:
      if (known && info.field != NULL &&
          info.field->kind != PA_FIELD_CHILD && info.field->kind != PA_FIELD_LIST)
        return describe_expected_value (line, name, info.field);
      break;

    case XML_RELAXNG_ERR_EXTRACONTENT:
    case XML_RELAXNG_ERR_ELEMWRONG:
    case XML_RELAXNG_ERR_ELEMEXTRANS:
    case XML_RELAXNG_ERR_ELEMNOTEMPTY:
    case XML_RELAXNG_ERR_NOTELEM:
      /* A bounded list is a run of optional items in the schema, and
       * libxml2 then only says the list's first item did not fit: too
       * many items, or something wrong inside one of them. */
      if (known && info.list != NULL && info.list->max > 0)
        {
          if ((extra = nth_element (node->parent, (guint) info.list->max)) != NULL)
            return g_strdup_printf (_("Line %ld: the list “%s” may hold at most %.0f entries."),
                                    element_line (extra), _(info.list->label), info.list->max);
          if ((diagnosis = diagnose_items (node->parent, info.list)) != NULL)
            return diagnosis;
        }
      return describe_misplaced (line, node);

    case XML_RELAXNG_ERR_ATTRVALID:
    case XML_RELAXNG_ERR_INVALIDATTR:
      if (node->parent != NULL && node->parent->type == XML_DOCUMENT_NODE)
        return g_strdup_printf (_("Line %ld: the element <%s> must have exactly the attributes "
                                  "format-version=\"1\" and variant=\"full\" or \"company\"."),
                                line, name);
      return g_strdup_printf (_("Line %ld: the element <%s> cannot have attributes."), line, name);

    default:
      break;
    }

  return g_strdup_printf (_("Line %ld: <%s> does not follow the agreement format here."),
                          line, name);
}

static void
on_validity_error (void     *data,
                   xmlError *err)
{
  Problems *p = data;
  xmlNode *node = err->node;

  if (err->level < XML_ERR_ERROR || p->more)
    return;

  /* Counting the rest would mostly count echoes of the first ones. */
  if (p->messages->len >= MAX_REPORTED)
    {
      p->more = !already_reported (p, node);
      return;
    }

  if (node == NULL || node->type != XML_ELEMENT_NODE)
    {
      g_ptr_array_add (p->messages,
                       g_strdup_printf (_("Line %d: the document does not follow the agreement format here."),
                                        MAX (err->line, 1)));
      return;
    }

  if (already_reported (p, node))
    return;
  g_ptr_array_add (p->nodes, node);
  g_ptr_array_add (p->messages, describe_validity_error (err, node));
}

static void
on_schema_load_error (void     *data,
                      xmlError *err)
{
  GString *log = data;

  if (err->level >= XML_ERR_ERROR && err->message != NULL)
    g_string_append (log, err->message);
}

typedef struct {
  xmlRelaxNG *schema;
  char       *error;
} SchemaCache;

/* The schema is read once per process; a missing or broken schema is an
 * installation problem, reported the same way each time. */
static SchemaCache *
get_schema (void)
{
  static SchemaCache cache;
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      g_autofree char *path = pa_xml_schema_path ();
      g_autoptr(xmlRelaxNGParserCtxt) pctxt = xmlRelaxNGNewParserCtxt (path);
      g_autoptr(GString) log = g_string_new (NULL);

      if (pctxt != NULL)
        {
          xmlRelaxNGSetParserStructuredErrors (pctxt, on_schema_load_error, log);
          cache.schema = xmlRelaxNGParse (pctxt);
        }
      if (cache.schema == NULL)
        {
          g_warning ("Cannot load the agreement schema %s: %s", path, log->str);
          cache.error = g_strdup_printf (_("The agreement schema could not be read from %s, so "
                                           "no agreement can be checked. Reinstall Praktikaftale."),
                                         path);
        }
      g_once_init_leave (&initialized, 1);
    }

  return &cache;
}

/* A compiled schema is shared; validation contexts are cheap, but the
 * schema's internals are not documented as thread-safe. */
G_LOCK_DEFINE_STATIC (validation);

static gboolean
validate (xmlDoc  *doc,
          GError **error)
{
  SchemaCache *cache = get_schema ();
  g_autoptr(xmlRelaxNGValidCtxt) vctxt = NULL;
  g_auto(Problems) problems = { NULL, };
  g_autoptr(GString) message = NULL;
  int rc;

  if (cache->schema == NULL)
    {
      g_set_error_literal (error, PA_XML_ERROR, PA_XML_ERROR_FAILED, cache->error);
      return FALSE;
    }

  problems.messages = g_ptr_array_new_with_free_func (g_free);
  problems.nodes = g_ptr_array_new ();

  G_LOCK (validation);
  vctxt = xmlRelaxNGNewValidCtxt (cache->schema);
  if (vctxt != NULL)
    {
      xmlRelaxNGSetValidStructuredErrors (vctxt, on_validity_error, &problems);
      rc = xmlRelaxNGValidateDoc (vctxt, doc);
    }
  else
    rc = -1;
  g_clear_pointer (&vctxt, xmlRelaxNGFreeValidCtxt);
  G_UNLOCK (validation);

  if (rc == 0)
    return TRUE;

  if (rc < 0 && problems.messages->len == 0)
    {
      g_set_error_literal (error, PA_XML_ERROR, PA_XML_ERROR_FAILED,
                           _("The file could not be checked: out of memory."));
      return FALSE;
    }

  message = g_string_new (_("The file is not a valid agreement:"));
  for (guint i = 0; i < problems.messages->len; i++)
    g_string_append_printf (message, "\n%s", (char *) g_ptr_array_index (problems.messages, i));
  if (problems.messages->len == 0)
    g_string_append_printf (message, "\n%s", _("It does not follow the agreement format."));
  if (problems.more)
    g_string_append_printf (message, "\n%s", _("There are more problems after these."));

  g_set_error_literal (error, PA_XML_ERROR, PA_XML_ERROR_INVALID, message->str);
  return FALSE;
}

/* Building the agreement */

static char *
element_text (xmlNode *element)
{
  xmlChar *content = xmlNodeGetContent (element);
  char *text = g_strdup (content != NULL ? (const char *) content : "");

  xmlFree (content);
  return text;
}

static gboolean
invalid_value (xmlNode        *element,
               const PaField  *field,
               GError        **error)
{
  g_autofree char *detail = describe_expected_value (element_line (element),
                                                     (const char *) element->name, field);

  g_set_error_literal (error, PA_XML_ERROR, PA_XML_ERROR_INVALID, detail);
  return FALSE;
}

/* The schema has checked the form; this turns the text into the value
 * and leaves the last word to the model's own rules. */
static gboolean
read_scalar (xmlNode        *element,
             PaRecord       *record,
             guint           index,
             const PaField  *field,
             GError        **error)
{
  g_autofree char *text = element_text (element);
  g_auto(GValue) v = G_VALUE_INIT;
  char *end = NULL;

  switch (field->kind)
    {
    case PA_FIELD_STRING:
      g_value_init (&v, G_TYPE_STRING);
      /* Free text keeps its spaces; a choice is a token. */
      g_value_set_string (&v, field->choices != NULL ? g_strstrip (text) : text);
      break;
    case PA_FIELD_DATETIME:
      if (!pa_xml_is_canonical_datetime (g_strstrip (text)))
        return invalid_value (element, field, error);
      G_GNUC_FALLTHROUGH;
    case PA_FIELD_DATE:
    case PA_FIELD_TIME:
      g_value_init (&v, G_TYPE_STRING);
      g_value_set_string (&v, g_strstrip (text));
      break;
    case PA_FIELD_INT:
      {
        gint64 number;

        if (!g_ascii_string_to_signed (g_strstrip (text), 10, (gint64) field->min,
                                       (gint64) field->max, &number, NULL))
          return invalid_value (element, field, error);
        g_value_init (&v, G_TYPE_INT);
        g_value_set_int (&v, (int) number);
      }
      break;
    case PA_FIELD_DOUBLE:
      {
        double number = g_ascii_strtod (g_strstrip (text), &end);

        if (*text == '\0' || end == NULL || *end != '\0' || !isfinite (number))
          return invalid_value (element, field, error);
        g_value_init (&v, G_TYPE_DOUBLE);
        g_value_set_double (&v, number);
      }
      break;
    case PA_FIELD_BOOLEAN:
      g_strstrip (text);
      if (!g_str_equal (text, "true") && !g_str_equal (text, "false") &&
          !g_str_equal (text, "1") && !g_str_equal (text, "0"))
        return invalid_value (element, field, error);
      g_value_init (&v, G_TYPE_BOOLEAN);
      g_value_set_boolean (&v, g_str_equal (text, "true") || g_str_equal (text, "1"));
      break;
    case PA_FIELD_CHILD:
    case PA_FIELD_LIST:
    default:
      g_assert_not_reached ();
    }

  /* Empty text means unset, as in the model; checked so that set_value
   * never sees a value it would refuse. */
  if (G_VALUE_HOLDS_STRING (&v) && g_value_get_string (&v) != NULL &&
      g_value_get_string (&v)[0] == '\0')
    g_value_set_string (&v, NULL);
  if (!pa_record_field_value_is_valid (field, &v))
    return invalid_value (element, field, error);

  pa_record_set_value (record, index, &v);
  return TRUE;
}

/* List items that must differ in one field: one checklist item per
 * number, one approval per party. */
static const struct {
  const char *list;
  const char *key;
} unique_keys[] = {
  { "checklist", "item" },
  { "approvals", "party" },
};

static gboolean
check_unique (const PaField  *list,
              GPtrArray      *items,
              GPtrArray      *elements,
              GError        **error)
{
  const char *key = NULL;
  g_autoptr(GHashTable) seen = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (unique_keys); i++)
    if (g_str_equal (unique_keys[i].list, list->name))
      key = unique_keys[i].key;
  if (key == NULL)
    return TRUE;

  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < items->len; i++)
    {
      PaRecord *item = g_ptr_array_index (items, i);
      xmlNode *element = g_ptr_array_index (elements, i);
      const PaField *field = pa_record_class_find_field (PA_RECORD_GET_CLASS (item), key, NULL);
      g_autofree char *value = NULL;

      value = field->kind == PA_FIELD_INT
              ? g_strdup_printf ("%d", pa_record_get_int (item, key))
              : g_strdup (pa_record_get_string (item, key));

      if (value == NULL)
        {
          g_set_error (error, PA_XML_ERROR, PA_XML_ERROR_INVALID,
                       _("Line %ld: an entry in the list “%s” has no “%s” (<%s>)."),
                       element_line (element), _(list->label), _(field->label), key);
          return FALSE;
        }
      if (!g_hash_table_add (seen, g_steal_pointer (&value)))
        {
          g_set_error (error, PA_XML_ERROR, PA_XML_ERROR_INVALID,
                       _("Line %ld: the list “%s” already has an entry with this “%s” (<%s>); "
                         "each may appear only once."),
                       element_line (element), _(list->label), _(field->label), key);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
unexpected_element (xmlNode  *element,
                    GError  **error)
{
  g_set_error (error, PA_XML_ERROR, PA_XML_ERROR_INVALID,
               _("Line %ld: the element <%s> is not expected here."),
               element_line (element), (const char *) element->name);
  return FALSE;
}

static gboolean
read_list (xmlNode        *element,
           PaRecord       *record,
           guint           index,
           const PaField  *field,
           GError        **error)
{
  const char *item_name = pa_xml_item_name (field);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) elements = g_ptr_array_new ();
  GListStore *store = g_value_get_object (pa_record_peek_value (record, index));

  for (xmlNode *child = element->children; child != NULL; child = child->next)
    {
      PaRecord *item;

      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (!g_str_equal ((const char *) child->name, item_name) ||
          (field->max > 0 && items->len >= field->max))
        return unexpected_element (child, error);

      item = g_object_new (field->child_type (), NULL);
      g_ptr_array_add (items, item);
      g_ptr_array_add (elements, child);
      if (!read_record (child, item, error))
        return FALSE;
    }

  if (!check_unique (field, items, elements, error))
    return FALSE;

  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)),
                       items->pdata, items->len);
  return TRUE;
}

static gboolean
read_record (xmlNode   *element,
             PaRecord  *record,
             GError   **error)
{
  PaRecordClass *klass = PA_RECORD_GET_CLASS (record);

  for (xmlNode *child = element->children; child != NULL; child = child->next)
    {
      const PaField *field;
      guint index;

      if (child->type != XML_ELEMENT_NODE)
        continue;

      /* The schema admits nothing else; this guards against a schema
       * and a model that disagree. */
      if (child->ns == NULL || !xmlStrEqual (child->ns->href, BAD_CAST PA_XML_NAMESPACE) ||
          (field = pa_record_class_find_field (klass, (const char *) child->name, &index)) == NULL)
        return unexpected_element (child, error);

      if (field->kind == PA_FIELD_CHILD)
        {
          if (!read_record (child, g_value_get_object (pa_record_peek_value (record, index)), error))
            return FALSE;
        }
      else if (field->kind == PA_FIELD_LIST)
        {
          if (!read_list (child, record, index, field, error))
            return FALSE;
        }
      else if (!read_scalar (child, record, index, field, error))
        return FALSE;
    }
  return TRUE;
}

static PaXmlVariant
read_variant (xmlNode *root)
{
  g_autofree char *variant = get_attribute (root, "variant");

  if (variant != NULL && g_str_equal (variant, "company"))
    return PA_XML_VARIANT_COMPANY;
  return PA_XML_VARIANT_FULL;
}

/* The line of the agreement's own <id>, or of the document element. */
static long
id_line (xmlNode *root)
{
  for (xmlNode *child = xmlFirstElementChild (root); child != NULL;
       child = xmlNextElementSibling (child))
    if (g_str_equal ((const char *) child->name, "id"))
      return element_line (child);
  return element_line (root);
}

/* The id is what tells a re-imported agreement from a new one: without
 * a usable one the user decides whether it is new (PA_XML_READ_NEW_ID). */
static gboolean
check_id (PaAgreement     *agreement,
          xmlNode         *root,
          PaXmlReadFlags   flags,
          GError         **error)
{
  g_autofree char *fresh = NULL;

  if (pa_validate_agreement_id (pa_agreement_get_id (agreement), NULL))
    return TRUE;
  if (flags & PA_XML_READ_NEW_ID)
    {
      fresh = g_uuid_string_random ();
      pa_record_set_string (PA_RECORD (agreement), "id", fresh);
      return TRUE;
    }

  g_set_error (error, PA_XML_ERROR, PA_XML_ERROR_NO_ID,
               _("Line %ld: the document has no usable id, so it cannot be told apart from "
                 "other agreements. It can be imported as a new agreement."),
               id_line (root));
  return FALSE;
}

static PaAgreement *
build_agreement (xmlNode         *root,
                 PaXmlReadFlags   flags,
                 GError         **error)
{
  g_autoptr(PaAgreement) agreement = pa_agreement_new ();
  gboolean ok;

  /* pa_agreement_new() supplies what a minimal document leaves out: an
   * id, timestamps, status and revision. */
  pa_agreement_freeze_tracking (agreement);
  ok = read_record (root, PA_RECORD (agreement), error);
  if (!ok)
    g_prefix_error (error, "%s\n", _("The file is not a valid agreement:"));
  else
    {
      pa_agreement_ensure_fixed_items (agreement);
      ok = check_id (agreement, root, flags, error);
    }
  pa_agreement_thaw_tracking (agreement);
  if (!ok)
    PA_RETURN_ERROR (error, NULL);
  return g_steal_pointer (&agreement);
}

/**
 * pa_xml_read_from_data_flags:
 * @data: the document; need not be nul-terminated
 * @flags: %PA_XML_READ_NEW_ID to import a document without a usable id
 *   as a new agreement, after the user chose so on %PA_XML_ERROR_NO_ID
 * @out_variant: (out) (optional): whether it is a full document or a
 *   company copy. Replacing a full draft with a company copy would lose
 *   the parts the company does not see: callers importing over an
 *   existing draft must check this.
 *
 * Returns: (transfer full) (nullable): the agreement, or %NULL with
 *   @error set in the %PA_XML_ERROR domain
 */
PaAgreement *
pa_xml_read_from_data_flags (const char      *data,
                             gsize            len,
                             PaXmlReadFlags   flags,
                             PaXmlVariant    *out_variant,
                             GError         **error)
{
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(PaAgreement) agreement = NULL;
  xmlNode *root;

  g_return_val_if_fail (data != NULL || len == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (too_large (len, error))
    return NULL;

  if (len == 0)
    {
      g_set_error_literal (error, PA_XML_ERROR, PA_XML_ERROR_NOT_XML,
                           _("The file is empty."));
      return NULL;
    }

  if (!check_encoding (data, len, error) ||
      !check_attribute_count (data, len, error) ||
      (doc = parse (data, len, error)) == NULL)
    PA_RETURN_ERROR (error, NULL);

  root = xmlDocGetRootElement (doc);
  if (root != NULL)
    pa_xml_upgrade_old_values (root);
  if (!check_root (root, error) || !validate (doc, error) ||
      (agreement = build_agreement (root, flags, error)) == NULL)
    PA_RETURN_ERROR (error, NULL);

  if (out_variant != NULL)
    *out_variant = read_variant (root);
  return g_steal_pointer (&agreement);
}

/**
 * pa_xml_read_from_data_full:
 *
 * See pa_xml_read_from_data_flags().
 */
PaAgreement *
pa_xml_read_from_data_full (const char    *data,
                            gsize          len,
                            PaXmlVariant  *out_variant,
                            GError       **error)
{
  return pa_xml_read_from_data_flags (data, len, PA_XML_READ_DEFAULT, out_variant, error);
}

PaAgreement *
pa_xml_read_from_data (const char  *data,
                       gsize        len,
                       GError     **error)
{
  return pa_xml_read_from_data_full (data, len, NULL, error);
}

/* Reading the file */

/* A device (/dev/zero), a pipe or a folder has no size to check first
 * and may never end: only an ordinary file is read. */
static void
not_regular (const char  *path,
             GError     **error)
{
  g_autofree char *name = g_filename_display_basename (path);

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
               _("“%s” is not an ordinary file (it is a folder, a device or a pipe), "
                 "so it cannot be an agreement. Choose the XML file itself."), name);
}

/* pa-file-util opens without waiting on a pipe and reads at most
 * PA_XML_MAX_SIZE bytes; a file that is not ordinary or too large is
 * told in the reader's own words. */
static GBytes *
read_document_file (const char  *path,
                    GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  GBytes *bytes;
  goffset size = 0;

  bytes = pa_file_read_regular_full (path, PA_XML_MAX_SIZE, &size, &local_error);
  if (bytes != NULL)
    return bytes;

  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE))
    not_regular (path, error);
  else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE))
    too_large ((guint64) size, error);  /* size is over the limit then */
  else
    g_propagate_error (error, g_steal_pointer (&local_error));
  return NULL;
}

/**
 * pa_xml_import_file_flags:
 * @flags: see pa_xml_read_from_data_flags()
 * @out_variant: (out) (optional): see pa_xml_read_from_data_full()
 *
 * Reads the agreement in @path, which must be an ordinary file of at
 * most %PA_XML_MAX_SIZE bytes. Nothing is stored: the caller saves the
 * result as a new draft, or asks before replacing one with the same id.
 */
PaAgreement *
pa_xml_import_file_flags (const char      *path,
                          PaXmlReadFlags   flags,
                          PaXmlVariant    *out_variant,
                          GError         **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize len;
  const char *data;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = read_document_file (path, error);
  if (bytes == NULL)
    PA_RETURN_ERROR (error, NULL);

  data = g_bytes_get_data (bytes, &len);
  return pa_xml_read_from_data_flags (data != NULL ? data : "", len, flags, out_variant, error);
}

/**
 * pa_xml_import_file_full:
 * @out_variant: (out) (optional): see pa_xml_read_from_data_full()
 *
 * Reads the agreement in @path; see pa_xml_import_file_flags().
 */
PaAgreement *
pa_xml_import_file_full (const char    *path,
                         PaXmlVariant  *out_variant,
                         GError       **error)
{
  return pa_xml_import_file_flags (path, PA_XML_READ_DEFAULT, out_variant, error);
}

PaAgreement *
pa_xml_import_file (const char  *path,
                    GError     **error)
{
  return pa_xml_import_file_full (path, NULL, error);
}
