#!/usr/bin/env bash
# Regenerates the layout renditions of the text sample in samples/renditions/ (see samples/README.md):
# the Word copy and its LibreOffice PDF, the browser-printed PDF, and the plain-text variants.
# Needs JDK 17, the ingest module compiled (./mvnw -B -q -pl ingest -am compile), LibreOffice
# (Debian: libreoffice-writer-nogui) and Chromium (Debian: chromium). Run from the repository root.
set -euo pipefail
root=$(pwd)
sample=samples/documents/wsis20-hltf-summaries-2025.txt
out=samples/renditions
name=wsis20-hltf-summaries-2025
# A fixed folder: the browser prints the page's address in its footer.
work=/tmp/wsis-renditions
rm -rf "$work"; mkdir -p "$work"
trap 'rm -rf "$work"' EXIT

./mvnw -B -q -o -pl ingest dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp="ingest/target/classes:model/target/classes:$(cat "$work/cp.txt")"
javac -d "$work/classes" -cp "$cp" samples/src/test/java/org/wsisanalytics/samples/renditions/{SampleBlocks,WordCopyGenerator,BrowserPageGenerator,TextVariantGenerator}.java
run() { java -cp "$work/classes:$cp" "org.wsisanalytics.samples.renditions.$@"; }

run WordCopyGenerator "$sample" "$out/$name.word-copy.docx"
run BrowserPageGenerator "$sample" "$work/$name.html"
run TextVariantGenerator "$sample" "$out"

# LibreOffice writes the PDF under the input's base name.
cp "$out/$name.word-copy.docx" "$work/$name.word-copy.docx"
soffice -env:UserInstallation=file:///tmp/lo-pdf --headless --convert-to pdf --outdir "$work" \
    "$work/$name.word-copy.docx" >/dev/null
cp "$work/$name.word-copy.pdf" "$out/$name.word-copy.pdf"

# The browser's own header and footer (date, title, file address, "1/40") are kept on purpose.
chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir=/tmp/chr \
    --print-to-pdf="$root/$out/$name.browser.pdf" "file://$work/$name.html" 2>/dev/null
ls -l "$out"
