package dev.loomlab.eval.exec;

import dev.loomlab.log.KernelLog;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import jdk.jshell.spi.ExecutionControl.ClassBytecodes;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Points every call to System.exit, Runtime.exit and Runtime.halt in a cell's classes at
 * {@link ExitGuard}, which throws {@link SystemExitError} instead of ending the kernel.
 *
 * <p>The JVM offers no other way: the SecurityManager that used to veto exit is gone on
 * JDK 24+, and a shutdown hook cannot cancel an exit. Rewriting the bytecode JShell hands to
 * the execution control catches direct calls and method references ({@code System::exit});
 * it cannot see calls made by library code or through reflection (see ShutdownNotice).
 * Each replacement has the same stack effect as the call it replaces, so no frames change.
 */
final class ExitCallRewriter {

    private static final String GUARD = ExitGuard.class.getName().replace('.', '/');
    private static final String SYSTEM = "java/lang/System";
    private static final String RUNTIME = "java/lang/Runtime";
    private static final String EXIT_WITH_STATUS = "(I)V";
    private static final String ON_RUNTIME = "(Ljava/lang/Runtime;I)V";
    private static volatile boolean failureLogged;

    private ExitCallRewriter() {}

    static ClassBytecodes[] rewriteAll(ClassBytecodes[] classes) {
        return Arrays.stream(classes)
                .map(c -> new ClassBytecodes(c.name(), rewrite(c.bytecodes())))
                .toArray(ClassBytecodes[]::new);
    }

    /** The class with its exit calls redirected; the same bytes when it has none. */
    static byte[] rewrite(byte[] classFile) {
        if (!mayCallExit(classFile)) {
            return classFile;
        }
        try {
            ClassReader reader = new ClassReader(classFile);
            ClassWriter writer = new ClassWriter(reader, 0);
            Redirector redirector = new Redirector(writer);
            reader.accept(redirector, 0);
            return redirector.changed ? writer.toByteArray() : classFile;
        } catch (RuntimeException e) {
            // A class file newer than this ASM understands (a future JDK): run it unguarded.
            if (!failureLogged) {
                failureLogged = true;
                KernelLog.warn("cannot guard System.exit in cells: " + e);
            }
            return classFile;
        }
    }

    /** Cheap pre-check: the names "exit" and "halt" must be in the constant pool. */
    private static boolean mayCallExit(byte[] classFile) {
        String text = new String(classFile, StandardCharsets.ISO_8859_1);
        return text.contains("exit") || text.contains("halt");
    }

    /** The guard method replacing owner.name+descriptor, or null when it is no exit call. */
    private static String replacement(String owner, String name, String descriptor) {
        if (!descriptor.equals(EXIT_WITH_STATUS)) {
            return null;
        }
        if (owner.equals(SYSTEM) && name.equals("exit")) {
            return "systemExit";
        }
        if (owner.equals(RUNTIME) && name.equals("exit")) {
            return "runtimeExit";
        }
        if (owner.equals(RUNTIME) && name.equals("halt")) {
            return "runtimeHalt";
        }
        return null;
    }

    private static String guardDescriptor(String owner) {
        return owner.equals(SYSTEM) ? EXIT_WITH_STATUS : ON_RUNTIME;
    }

    private static final class Redirector extends ClassVisitor {
        boolean changed;

        Redirector(ClassVisitor next) {
            super(Opcodes.ASM9, next);
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                         String[] exceptions) {
            return new MethodVisitor(Opcodes.ASM9, super.visitMethod(access, name, descriptor, signature, exceptions)) {
                @Override
                public void visitMethodInsn(int opcode, String owner, String name, String descriptor,
                                            boolean isInterface) {
                    String guard = replacement(owner, name, descriptor);
                    if (guard != null && (opcode == Opcodes.INVOKESTATIC || opcode == Opcodes.INVOKEVIRTUAL)) {
                        changed = true;
                        super.visitMethodInsn(Opcodes.INVOKESTATIC, GUARD, guard, guardDescriptor(owner), false);
                    } else {
                        super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
                    }
                }

                // Method references (System::exit, runtime::exit) reach the method through a handle.
                @Override
                public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap,
                                                   Object... arguments) {
                    Object[] redirected = arguments.clone();
                    for (int i = 0; i < redirected.length; i++) {
                        if (redirected[i] instanceof Handle handle) {
                            redirected[i] = redirect(handle);
                        }
                    }
                    super.visitInvokeDynamicInsn(name, descriptor, bootstrap, redirected);
                }
            };
        }

        private Handle redirect(Handle handle) {
            String guard = replacement(handle.getOwner(), handle.getName(), handle.getDesc());
            boolean call = handle.getTag() == Opcodes.H_INVOKESTATIC || handle.getTag() == Opcodes.H_INVOKEVIRTUAL;
            if (guard == null || !call) {
                return handle;
            }
            changed = true;
            return new Handle(Opcodes.H_INVOKESTATIC, GUARD, guard, guardDescriptor(handle.getOwner()), false);
        }
    }
}
