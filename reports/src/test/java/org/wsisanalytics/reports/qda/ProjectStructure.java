package org.wsisanalytics.reports.qda;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * The rules of the REFI-QDA Project schema 1.0 (March 2019) for the elements this project uses, restated as a table
 * (the schema file itself is not part of the project): each element's children in the order its sequence allows,
 * which of them may occur only once and which must occur, and its required attributes. {@link #problems} walks a
 * document and lists every break of them.
 */
final class ProjectStructure {

    static final Pattern GUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern RGB = Pattern.compile("#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})");
    private static final Set<String> VALUE_ELEMENTS =
            Set.of("TextValue", "BooleanValue", "IntegerValue", "FloatValue", "DateValue", "DateTimeValue");
    private static final Set<String> GUID_ATTRIBUTES =
            Set.of("guid", "targetGUID", "creatingUser", "modifyingUser", "creatingUserGUID", "modifyingUserGUID");

    /** An element's rule: children in sequence order, those allowed once, those required, required attributes. */
    private record Rule(List<String> sequence, Set<String> once, Set<String> required, Set<String> attributes) {}

    private static final Map<String, Rule> RULES = Map.ofEntries(
            Map.entry(
                    "Project",
                    new Rule(
                            List.of(
                                    "Users",
                                    "CodeBook",
                                    "Variables",
                                    "Cases",
                                    "Sources",
                                    "Notes",
                                    "Links",
                                    "Sets",
                                    "Graphs",
                                    "Description",
                                    "NoteRef"),
                            Set.of(
                                    "Users",
                                    "CodeBook",
                                    "Variables",
                                    "Cases",
                                    "Sources",
                                    "Notes",
                                    "Links",
                                    "Sets",
                                    "Graphs",
                                    "Description"),
                            Set.of(),
                            Set.of("name"))),
            Map.entry("Users", new Rule(List.of("User"), Set.of(), Set.of("User"), Set.of())),
            Map.entry("User", new Rule(List.of(), Set.of(), Set.of(), Set.of("guid"))),
            Map.entry("CodeBook", new Rule(List.of("Codes"), Set.of("Codes"), Set.of("Codes"), Set.of())),
            Map.entry("Codes", new Rule(List.of("Code"), Set.of(), Set.of("Code"), Set.of())),
            Map.entry(
                    "Code",
                    new Rule(
                            List.of("Description", "NoteRef", "Code"),
                            Set.of("Description"),
                            Set.of(),
                            Set.of("guid", "name", "isCodable"))),
            Map.entry("Variables", new Rule(List.of("Variable"), Set.of(), Set.of("Variable"), Set.of())),
            Map.entry(
                    "Variable",
                    new Rule(
                            List.of("Description"),
                            Set.of("Description"),
                            Set.of(),
                            Set.of("guid", "name", "typeOfVariable"))),
            Map.entry("Cases", new Rule(List.of("Case"), Set.of(), Set.of("Case"), Set.of())),
            Map.entry(
                    "Case",
                    new Rule(
                            List.of("Description", "CodeRef", "VariableValue", "SourceRef", "SelectionRef"),
                            Set.of("Description"),
                            Set.of(),
                            Set.of("guid"))),
            Map.entry(
                    "VariableValue",
                    new Rule(
                            List.of("VariableRef", "Value"),
                            Set.of("VariableRef", "Value"),
                            Set.of("VariableRef"),
                            Set.of())),
            Map.entry("Sources", new Rule(List.of("TextSource"), Set.of(), Set.of("TextSource"), Set.of())),
            Map.entry(
                    "TextSource",
                    new Rule(
                            List.of(
                                    "Description",
                                    "PlainTextContent",
                                    "PlainTextSelection",
                                    "Coding",
                                    "NoteRef",
                                    "VariableValue"),
                            Set.of("Description", "PlainTextContent"),
                            Set.of(),
                            Set.of("guid"))),
            Map.entry(
                    "PlainTextSelection",
                    new Rule(
                            List.of("Description", "Coding", "NoteRef"),
                            Set.of("Description"),
                            Set.of(),
                            Set.of("guid", "startPosition", "endPosition"))),
            Map.entry(
                    "Coding",
                    new Rule(List.of("CodeRef", "NoteRef"), Set.of("CodeRef"), Set.of("CodeRef"), Set.of("guid"))),
            Map.entry("CodeRef", leaf()),
            Map.entry("SourceRef", leaf()),
            Map.entry("SelectionRef", leaf()),
            Map.entry("VariableRef", leaf()),
            Map.entry("NoteRef", leaf()),
            Map.entry("Description", text()),
            Map.entry("PlainTextContent", text()),
            Map.entry("Value", text()));

    private ProjectStructure() {}

    private static Rule leaf() {
        return new Rule(List.of(), Set.of(), Set.of(), Set.of("targetGUID"));
    }

    private static Rule text() {
        return new Rule(List.of(), Set.of(), Set.of(), Set.of());
    }

    /** Every break of the rules in the element and below it, each naming where. */
    static List<String> problems(Element root) {
        List<String> problems = new ArrayList<>();
        check(root, "/Project", problems);
        return problems;
    }

    private static void check(Element element, String where, List<String> problems) {
        if (!QdaProjectFile.NS.equals(element.getNamespaceURI())) {
            problems.add(where + " is not in the project namespace");
        }
        Rule rule = RULES.get(kind(element));
        if (rule == null) {
            problems.add(where + " is an element this project should not write");
            return;
        }
        for (String attribute : rule.attributes()) {
            if (!element.hasAttribute(attribute)) {
                problems.add(where + " lacks the required attribute " + attribute);
            }
        }
        attributes(element, where, problems);
        int position = 0;
        String previous = null;
        List<String> seen = new ArrayList<>();
        for (Element child : QdaProjectFile.children(element)) {
            String name = kind(child);
            int index = rule.sequence().indexOf(name);
            String at = where + "/" + child.getLocalName();
            if (index < 0) {
                problems.add(at + " is not allowed there");
            } else if (index < position) {
                problems.add(at + " comes after " + previous + ", which the schema's sequence puts after it");
            } else if (index == position && name.equals(previous) && rule.once().contains(name)) {
                problems.add(at + " occurs more than once");
            }
            position = Math.max(position, index);
            previous = name;
            seen.add(name);
            check(child, at, problems);
        }
        for (String required : rule.required()) {
            if (!seen.contains(required)) {
                problems.add(where + " lacks its required " + required);
            }
        }
        if (kind(element).equals("TextSource")
                && element.hasAttribute("plainTextPath") == seen.contains("PlainTextContent")) {
            problems.add(where + " must have either plainTextPath or PlainTextContent");
        }
    }

    private static void attributes(Element element, String where, List<String> problems) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String name = attribute.getName();
            String value = attribute.getValue();
            if (GUID_ATTRIBUTES.contains(name) && !GUID.matcher(value).matches()) {
                problems.add(where + "/@" + name + " is not a GUID: " + value);
            }
            if ((name.equals("startPosition") || name.equals("endPosition")) && !value.matches("\\d+")) {
                problems.add(where + "/@" + name + " is not a non-negative integer: " + value);
            }
            if (name.equals("isCodable") && !value.matches("true|false")) {
                problems.add(where + "/@isCodable is not a boolean: " + value);
            }
            if (name.equals("color") && !RGB.matcher(value).matches()) {
                problems.add(where + "/@color is not #RRGGBB: " + value);
            }
            if (name.equals("typeOfVariable") && !VALUE_ELEMENTS.contains(value + "Value")) {
                problems.add(where + "/@typeOfVariable is not a REFI-QDA type: " + value);
            }
        }
    }

    /** The element's name, with the six value elements of a VariableValue read as one "Value". */
    private static String kind(Element element) {
        return VALUE_ELEMENTS.contains(element.getLocalName()) ? "Value" : element.getLocalName();
    }
}
