import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

public class Crash_d237e197111348c0a95e19f6ee81fd08b5fdc4e4 {
    static final String base64Bytes = String.join("", "ewogICJmb3JtYXQiIDogIm5ucGxheS1wcm9qZWN0IiwKICAidmVyc2lvbiIgOiAxLAogICJuYW1lIiA6ICJJcmlzIGZsb3dlcnMiLAogICJkZXNjcmlwdGlvbiIgOiAiRmlzaGVyJ3MgSXJpcyBkYXRhIChQQ0kpOiBmb3VyIG1lYXN1cmVtZW50cywgdGhyZWUgc3BlY2llcy4gT25lIGhpZGRlbiBsYXllciBvZiAxNiB0YW5oIG5ldXJvbnMgaXMgcGxlbnR5LCB3aXRoIGEgc21hbGwgTDIgcGVuYWx0eSBhZ2FpbnN0IG92ZXJmaXR0aW5nOyB0aGUgaW5wdXRzIGFyZSBzdGFuZGFyZGl6ZWQgb24gdGhlIHRyYWluaW5nIHBhcnQgYW5kIDMwJSBpcyBoZWxkIG91dC4iLAogICJzZWVkIiA6IDEsCiAgImRhdGEiIDogewogICAgInNvdXJjZSIgOiAiY3N2IiwKICAgICJjc3YiIDogeyAicGF0aCIgOiAiLi4vZGF0YXNldHMvaXJpcy5jc3YiLCAibGFiZWwiIDogInNwZWNpZXMiLCAidGFzayIgOiAiY2xhc3NpZnkiIH0sCiAgICAidGU7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs6Ozs7cGNlIChcciwgXG4sZSBzbWFsIG5hbWUgYW5kICxsZXN0IG5ldHdvcmsgdGhlcmUgaXM6IG9uZSB3ZWlnaHQgYW5kIG9uZSBiaWFzLCBmaXR0ZWQgdG91dEFjdGl2YXRpb24iIDogImlkZW50aXR5IiwKICAgICJpbml0IiA6ICJ4YXZpZXJfdW5pZm9ybSIKICB9LAogICJ0cmFpbmluZyIgOiB7CiAgICAibG9zcyIgOiAic29mdG1heF9jZSIsCiAgICAib3B0aW1pemVyIiA6IHsgInR5cGUiIDogImFkYW0iLCAibGVhcm5pbmdSYXRlIiA6IDUuMDEgfSwKICAgICJyZWd1bGFyaXphdGlvbiIgOiB7ICJ0eXBlIiA6ICJsMiIsICJyYXRlIiA6IDAuMDIgfSwKICAgICJiYXRjaFNpemUiIDogMTYsCiAgICAiZXAxb2NocyIgOiAxMDAsCiAgICAic2h1ZmZsZSIgOiB0cnVlCiAgfQp9Cg==");

    public static void main(String[] args) throws Throwable {
        Crash_d237e197111348c0a95e19f6ee81fd08b5fdc4e4.class.getClassLoader().setDefaultAssertionStatus(true);
        try {
            Method fuzzerInitialize = dev.nnplay.engine.fuzz.ProjectFuzzTest.class.getMethod("fuzzerInitialize");
            fuzzerInitialize.invoke(null);
        } catch (NoSuchMethodException ignored) {
            try {
                Method fuzzerInitialize = dev.nnplay.engine.fuzz.ProjectFuzzTest.class.getMethod("fuzzerInitialize", String[].class);
                fuzzerInitialize.invoke(null, (Object) args);
            } catch (NoSuchMethodException ignored1) {
            } catch (IllegalAccessException | InvocationTargetException e) {
                e.printStackTrace();
                System.exit(1);
            }
        } catch (IllegalAccessException | InvocationTargetException e) {
            e.printStackTrace();
            System.exit(1);
        }
        byte[] input = java.util.Base64.getDecoder().decode(base64Bytes);
        dev.nnplay.engine.fuzz.ProjectFuzzTest.fuzzerTestOneInput(input);
    }
}