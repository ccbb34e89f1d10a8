package dev.loomlab.eval;

import java.util.List;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.JShell;
import jdk.jshell.MethodSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.TypeDeclSnippet;
import jdk.jshell.VarSnippet;

/**
 * Plain words for JShell's forward references: a method may use something not defined yet;
 * it exists, but cannot run until that something is defined.
 */
final class UnresolvedNotes {

    private UnresolvedNotes() {}

    /** The note for a definition this cell left incomplete, or null when it is fine. */
    static String noteFor(JShell js, DeclarationSnippet declaration) {
        Snippet.Status status = js.status(declaration);
        List<String> missing = js.unresolvedDependencies(declaration).toList();
        if (missing.isEmpty()) {
            return null;
        }
        if (status == Snippet.Status.RECOVERABLE_DEFINED) {
            return "Note: " + describe(declaration) + " is defined, but cannot be used until "
                    + String.join(" and ", missing) + (missing.size() == 1 ? " is" : " are") + " defined.";
        }
        if (status == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
            return "Note: " + describe(declaration) + " is not usable yet: it needs "
                    + String.join(" and ", missing) + ", which " + (missing.size() == 1 ? "is" : "are")
                    + " not defined.";
        }
        return null;
    }

    /** Why a call failed: what it uses that is still missing. */
    static String messageFor(JShell js, DeclarationSnippet declaration) {
        List<String> missing = js.unresolvedDependencies(declaration).toList();
        String what = missing.isEmpty() ? "something that is not defined" : String.join(" and ", missing);
        return describe(declaration) + " cannot be run: it uses " + what + ", which "
                + (missing.size() > 1 ? "are" : "is") + " not defined yet. Define it, then run this again.";
    }

    static String describe(DeclarationSnippet declaration) {
        return switch (declaration) {
            case MethodSnippet method -> "method " + method.name() + "(" + method.parameterTypes() + ")";
            case TypeDeclSnippet type -> typeWord(type.subKind()) + " " + type.name();
            case VarSnippet variable -> "variable " + variable.name();
            default -> declaration.name();
        };
    }

    private static String typeWord(Snippet.SubKind kind) {
        return switch (kind) {
            case INTERFACE_SUBKIND -> "interface";
            case ENUM_SUBKIND -> "enum";
            case RECORD_SUBKIND -> "record";
            case ANNOTATION_TYPE_SUBKIND -> "annotation";
            default -> "class";
        };
    }
}
