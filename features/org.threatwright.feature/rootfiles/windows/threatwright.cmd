@echo off
rem Starts Threatwright on Windows. Stands in for the native Eclipse launcher, which is not
rem published on Maven Central.
rem   threatwright [-data WORKSPACE] [-consoleLog] [--model FILE.tw] ...  all arguments go to Equinox/the application
rem Environment:
rem   JAVA_HOME            the Java 21+ to run on (otherwise java on the PATH)
rem   THREATWRIGHT_VMARGS  extra JVM options, e.g. -Xmx4g
setlocal
set "HERE=%~dp0"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
set "LAUNCHER="
for %%f in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~ff"
if not defined LAUNCHER (
  echo threatwright: no Equinox launcher jar in %HERE%plugins: the installation is incomplete 1>&2
  exit /b 2
)
rem the client compiler only: faster start-up, analyses as fast (docs/performance.md)
"%JAVA%" -Dosgi.requiredJavaVersion=21 -XX:TieredStopAtLevel=1 %THREATWRIGHT_VMARGS% -jar "%LAUNCHER%" -install "%HERE%." %*
