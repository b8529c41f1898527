/* Export macro for the perspectief C ABI. Only functions marked PP_API are
 * visible in libperspectief.so; everything else is built hidden. */
#ifndef PERSPECTIEF_EXPORT_H
#define PERSPECTIEF_EXPORT_H

#if defined(PP_STATIC_DEFINE)
#  define PP_API
#elif defined(_WIN32)
#  if defined(PP_BUILDING_LIBRARY)
#    define PP_API __declspec(dllexport)
#  else
#    define PP_API __declspec(dllimport)
#  endif
#elif defined(__GNUC__) && __GNUC__ >= 4
#  define PP_API __attribute__((visibility("default")))
#else
#  define PP_API
#endif

#endif /* PERSPECTIEF_EXPORT_H */
