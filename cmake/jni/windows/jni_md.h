/* jni_md.h for Windows targets, used with the host JDK's jni.h by the cross builds of
 * scripts/release natives (no Windows JDK is downloaded). The types and calling convention
 * are those of the Windows JDK's own win32/jni_md.h: jint is a 32-bit long, jlong a 64-bit
 * __int64, and the entry points are exported from the DLL. (Linux and macOS targets use the
 * host's linux/jni_md.h, which is the same as the macOS one for 64-bit targets.) */
#ifndef _JAVASOFT_JNI_MD_H_
#define _JAVASOFT_JNI_MD_H_

#define JNIEXPORT __declspec(dllexport)
#define JNIIMPORT __declspec(dllimport)
#define JNICALL __stdcall

typedef long jint;
typedef __int64 jlong;
typedef signed char jbyte;

#endif /* !_JAVASOFT_JNI_MD_H_ */
