/** Getting characters out of a text or Markdown file: supported extensions and encoding detection. */
package org.wsisanalytics.ingest.text;
