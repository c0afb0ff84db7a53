package io.github.idfraud.rules;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.SimpleType;
import dev.cel.runtime.CelEvaluationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles and type-checks a rule set as a whole: every rule's fields, a CEL condition that parses, names only
 * known variables and is a bool, no duplicate id. Either every rule compiles or the set is refused with every
 * problem, each naming its rule ({@link InvalidRuleSetException}). Compile once, evaluate the programs per event.
 */
public final class RuleCompiler {

    /** More rules than this slow every event of the tenant; split the work or retire rules. */
    public static final int MAX_RULES = 200;
    static final int MAX_CONDITION_CHARS = 4_000;
    static final int MAX_DESCRIPTION_CHARS = 500;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._\\-]{1,64}");
    private static final Pattern REASON_CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final Pattern QUALIFIED_NAME = Pattern.compile("\\b(?:features|event)\\.[A-Za-z_][A-Za-z0-9_]*");
    private static final String ALLOW_LIST_KEY = RuleVariables.EVENT + EventFields.Name.merchantId.name();

    private final Cel cel;

    public RuleCompiler() {
        var builder = CelFactory.plannerCelBuilder();
        RuleVariables.declarations().forEach(builder::addVar);
        this.cel = builder.build();
    }

    /** The compiled set, ready to evaluate; throws {@link InvalidRuleSetException} naming each faulty rule. */
    public CompiledRuleSet compile(RuleSet set) {
        List<RuleProblem> problems = new ArrayList<>();
        List<CompiledRule> compiled = new ArrayList<>();
        if (set.rules().size() > MAX_RULES) {
            problems.add(new RuleProblem("(set)", "rules", "holds " + set.rules().size() + " rules; at most " + MAX_RULES));
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < set.rules().size(); i++) {
            Rule rule = set.rules().get(i);
            String name = rule.id() == null || rule.id().isBlank() ? "#" + (i + 1) : rule.id();
            List<RuleProblem> own = fieldProblems(rule, name);
            if (rule.id() != null && !ids.add(rule.id())) {
                own.add(new RuleProblem(name, "id", "is used by another rule of the set; ids must be unique"));
            }
            CompiledRule program = own.isEmpty() || onlyConditionIsFine(own) ? compileCondition(rule, name, own) : null;
            problems.addAll(own);
            if (own.isEmpty() && program != null) {
                compiled.add(program);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRuleSetException(problems);
        }
        return new CompiledRuleSet(set, compiled);
    }

    private static boolean onlyConditionIsFine(List<RuleProblem> problems) {
        return problems.stream().noneMatch(p -> p.field().equals("condition"));
    }

    private static List<RuleProblem> fieldProblems(Rule rule, String name) {
        List<RuleProblem> problems = new ArrayList<>();
        if (rule.id() == null || !ID.matcher(rule.id()).matches()) {
            problems.add(new RuleProblem(name, "id", "must be 1-64 letters, digits, '.', '_' or '-'"));
        }
        if (rule.description() == null || rule.description().isBlank() || rule.description().length() > MAX_DESCRIPTION_CHARS) {
            problems.add(new RuleProblem(name, "description", "is required, at most " + MAX_DESCRIPTION_CHARS + " characters"));
        }
        if (rule.condition() == null || rule.condition().isBlank() || rule.condition().length() > MAX_CONDITION_CHARS) {
            problems.add(new RuleProblem(name, "condition", "is required, a CEL expression of at most " + MAX_CONDITION_CHARS
                    + " characters"));
        }
        if (rule.action() == null) {
            problems.add(new RuleProblem(name, "action", "is required: one of CHALLENGE, REVIEW, DECLINE, SUPPRESS"));
        }
        if (rule.reasonCode() == null || !REASON_CODE.matcher(rule.reasonCode()).matches()) {
            problems.add(new RuleProblem(name, "reasonCode", "must be 1-64 upper-case letters, digits or '_', starting "
                    + "with a letter, e.g. RULE_TAKEOVER_CHAIN"));
        }
        if (rule.status() == null) {
            problems.add(new RuleProblem(name, "status", "is required: one of ACTIVE, SHADOW, OFF"));
        }
        return problems;
    }

    private CompiledRule compileCondition(Rule rule, String name, List<RuleProblem> problems) {
        CelValidationResult result = cel.compile(rule.condition());
        if (result.hasError()) {
            List<String> unknown = unknownVariables(rule.condition());
            problems.add(new RuleProblem(name, "condition", unknown.isEmpty()
                    ? "does not compile: " + describe(result.getErrors()) + " (variables: features.<FEATURE_NAME>, event.<field>)"
                    : "names unknown variables " + String.join(", ", unknown) + "; features are features.<FEATURE_NAME> of the "
                    + "feature schema (e.g. features.DEVICE_EVENTS_1H), event fields are event." + Arrays.toString(EventFields.Name.values())));
            return null;
        }
        try {
            CelAbstractSyntaxTree ast = result.getAst();
            if (!ast.getResultType().equals(SimpleType.BOOL)) {
                problems.add(new RuleProblem(name, "condition", "is a " + ast.getResultType().name()
                        + ", it must be a bool, e.g. features.DEVICE_EVENTS_1H >= 5.0"));
                return null;
            }
            if (rule.action() == RuleAction.SUPPRESS && ast.getReferenceMap().values().stream()
                    .noneMatch(ref -> ALLOW_LIST_KEY.equals(ref.name()))) {
                problems.add(new RuleProblem(name, "condition", "of a SUPPRESS rule must name its allow-listed key, "
                        + ALLOW_LIST_KEY + ", e.g. " + ALLOW_LIST_KEY + " in [\"merchant-1\", \"merchant-2\"]"));
                return null;
            }
            return new CompiledRule(rule, cel.createProgram(ast));
        } catch (CelValidationException | CelEvaluationException e) {
            problems.add(new RuleProblem(name, "condition", "does not compile: " + e.getMessage()));
            return null;
        }
    }

    /** The {@code features.X} and {@code event.X} names of a condition that are not variables (CEL only says "features"). */
    private static List<String> unknownVariables(String condition) {
        List<String> unknown = new ArrayList<>();
        Matcher m = QUALIFIED_NAME.matcher(condition);
        while (m.find()) {
            String variable = m.group();
            if (RuleVariables.feature(variable) == null && RuleVariables.eventField(variable) == null && !unknown.contains(variable)) {
                unknown.add(variable);
            }
        }
        return unknown;
    }

    private static String describe(List<CelIssue> issues) {
        return String.join("; ", issues.stream().map(i -> {
            var at = i.getSourceLocation();
            return i.getMessage() + (at.getColumn() >= 0 ? " at column " + (at.getColumn() + 1) : "");
        }).toList());
    }
}
