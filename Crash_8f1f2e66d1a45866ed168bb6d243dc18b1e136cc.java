import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

public class Crash_8f1f2e66d1a45866ed168bb6d243dc18b1e136cc {
    static final String base64Bytes = String.join("", "ewogICJmb3JtYXQiIDogIm5ucGxheS1wcm9qZWN0IiwKICAidmVyc2lvbiIgOiAxLAogICJuYW1lIiA6ICJJcmlzIGZsb3dlcnMiLAogICJkZXNjcmlwdGlvbiIgOiAiRmlzaGVyJ3MgSXJpcyBkYXRhIChVQ0kpOiBmb3VyIG1lYXN1cmVtZW50cywgdGhyZWUgc3BlY2llcy4gT25lIGhpZGRlbiBsYSplciBvZiAxNiB0YW5oIG5ldXJvbnMgaXMgcGxlbnR5LCB3aXRoIGEgc21hbGwgTDIgcGVuYWx0eSBhZ2FpbnN0IG92ZXJmY2UgKFxyLCBcbixpdHRpbmc7IHRoZSBpbnB1dHMgYXJlIHN0YW5kYXJkaXplZCBvbiB0aGUgdHJhaW5pbmcgcGFydCBhbmQgMzAlIGlzIGhlbGQgb3V09y4iLAogICJzZWVkIiA6IDEsCiAgImRhdGEiIDogewogICAgInNvdXJjZSIgOiAiY3N2IiwKICAgICJjc3YiIDogeyAicGF0aCIgOiAiLi4vZGF0YXNldHMvaXJpcy5jc3YiLCAibGFiZWwiIDogInNwZWNpZXMiLCAidGFzayIgOiAiY2xhc3NpZnkiIH0sCiAgICAidGVzdFJhdGlvIiA6IDAuMywKICAgICJzY2FsaW5nIiA6ICJzdGFuZGFyZGl6ZSIKICB9LAogICJuZXR3b3JrIiA6IHsKICAgICJoaWRkZW4iIDogWyB7ICJ1bml0cyIgOiAxNiwgImFjdGl2YXRpb24iIDogIiB3aXRoIGEgc21hbGwgTDIgcGVuYWx0eSBhZ2FpbnN0IG92ZXJmY2UgKFxyLCBcbixpdHRpbmc7IHRoZSBpbnB1dHMgYXJlIHN0YW5kYXJkaXplZCBvbm5pZm9ybSIKICB9LAogICJ0cmFpbmluZyIgOiB7CiAgICAibG9zcyIgOiAic29mdG1heF9jZSIsCiAgICAib3B0aW1pemVyIiA6IHsgInR5cGUiIDoqImFkYW0iLCAibGVhcm5pbmdSYXRlIiA6IDEuMDEgfSwKICAgICJyZWd1bJ6NaXphdGlvbiIgOiB7ICJ0eXBlIiA6ICJsMiIsICJyYXRlIiA6IDAuMDIgfSwKICAgICJiYXRjaFNpemUiIDogMTYsCiAgICAiZXBvY2hzIiA6IDEwMCwKICAgICJzaHVmZmxlIiA6IHRydWUKICB9Cn0K");

    public static void main(String[] args) throws Throwable {
        Crash_8f1f2e66d1a45866ed168bb6d243dc18b1e136cc.class.getClassLoader().setDefaultAssertionStatus(true);
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