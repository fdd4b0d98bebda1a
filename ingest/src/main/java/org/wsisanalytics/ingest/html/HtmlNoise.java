package org.wsisanalytics.ingest.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * What a page holds besides its content: scripts and styles, navigation, page banners and footers, side
 * bars, forms and buttons, hidden elements, a word processor's page header and footer, footnote reference
 * marks. One per page, because whether a form is noise depends on the page around it.
 */
final class HtmlNoise {

    private static final Set<String> SKIPPED = Set.of(
            "script",
            "style",
            "noscript",
            "template",
            "nav",
            "footer",
            "aside",
            "button",
            "svg",
            "iframe",
            "object",
            "embed",
            "canvas",
            "select",
            "textarea",
            "input",
            "img",
            "picture",
            "video",
            "audio",
            "map",
            "head",
            "title",
            "meta",
            "link",
            "dialog");
    /** ARIA landmark roles of the same kinds of noise. */
    private static final Set<String> SKIPPED_ROLES =
            Set.of("navigation", "banner", "contentinfo", "complementary", "search");
    /** LibreOffice writes the document's page header and footer as {@code <div title="header">}. */
    private static final Set<String> PAGE_FURNITURE_TITLES = Set.of("header", "footer");

    private static final Pattern DISPLAY_NONE = Pattern.compile("(?i)display\\s*:\\s*none");
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("\\[?\\d{1,3}\\]?|[*†‡]");
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://\\S+");

    private final int pageTextLength;

    HtmlNoise(Element body) {
        this.pageTextLength = body.text().length();
    }

    boolean skips(Element element) {
        String tag = element.normalName();
        if (SKIPPED.contains(tag)
                || element.hasAttr("hidden")
                || "true".equalsIgnoreCase(element.attr("aria-hidden"))
                || DISPLAY_NONE.matcher(element.attr("style")).find()
                || SKIPPED_ROLES.contains(element.attr("role").strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return switch (tag) {
            // A site banner is noise; an article's own header holds its title.
            case "header" -> element.closest("article, main") == null;
            // ASP.NET pages wrap the whole page in one form: only a form that does not hold the page is noise.
            case "form" -> element.text().length() * 2 <= pageTextLength;
            case "div" -> PAGE_FURNITURE_TITLES.contains(element.attr("title"));
            case "a" -> isFootnoteReference(element);
            default -> false;
        };
    }

    /** A link to a note on the same page whose text is only its number ("2", "[2]", "*"). */
    private static boolean isFootnoteReference(Element link) {
        return link.attr("href").startsWith("#")
                && FOOTNOTE_MARK.matcher(link.text().strip()).matches();
    }

    /**
     * The web address of a link whose text does not show it, or {@code null}: for "Click to govern" linked to
     * ".../Session/434" that address, for a link whose text is the address itself (with or without
     * "https://"), for a relative link or a mail address nothing.
     */
    static String shownAddress(Element element) {
        if (!element.normalName().equals("a") || !element.hasAttr("href")) {
            return null;
        }
        String address = element.absUrl("href");
        if (address.isEmpty()) {
            address = element.attr("href").strip();
        }
        if (!WEB_ADDRESS.matcher(address).matches()) {
            return null;
        }
        String bare = address.replaceFirst("(?i)^https?://", "")
                .replaceFirst("/$", "")
                .toLowerCase(Locale.ROOT);
        String text = element.text().replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        return text.contains(bare) ? null : address;
    }
}
